package io.netsysctl.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the run's {@code environment.properties} and {@code categories.json} into the Allure results folder,
 * where {@code allure generate} reads them for the overview's environment and the categories page.
 */
final class AllureResultsWriter {

    static final String ENVIRONMENT_FILE = "environment.properties";
    static final String CATEGORIES_FILE = "categories.json";

    /** The exceptions that the suite engine fails a suite file or location with when it cannot load it. */
    static final List<String> INVALID_SUITE_EXCEPTIONS = List.of("io.netsysctl.suite.SuiteLoadException",
            "io.netsysctl.suite.SuiteLocationException");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AllureResultsWriter() {
    }

    static void write(Certificate certificate, Path resultsFolder) throws IOException {
        Files.createDirectories(resultsFolder);
        Files.writeString(resultsFolder.resolve(ENVIRONMENT_FILE), environment(certificate),
                StandardCharsets.ISO_8859_1);
        Files.writeString(resultsFolder.resolve(CATEGORIES_FILE), categories(), StandardCharsets.UTF_8);
    }

    /** Returns the environment as a properties file, in a fixed order. */
    static String environment(Certificate certificate) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("netsysctl.verdict", certificate.verdict().label());
        values.put("image", certificate.image());
        values.put("image.id", orUnknown(certificate.imageId()));
        values.put("image.digest",
                certificate.imageDigest() == null ? "none (local image)" : certificate.imageDigest());
        values.put("runtime", orUnknown(certificate.runtime()));
        values.put("runtime.auto.fell.back.to.sandbox", Boolean.toString(certificate.runtimeFallback()));
        values.put("kernel.release", orUnknown(certificate.kernel()));
        values.put("docker.engine.version", certificate.engine() == null ? "not reachable" : certificate.engine());
        values.put("docker.api.version", orUnknown(certificate.apiVersion()));
        values.put("docker.default.runtime", orUnknown(certificate.engineRuntime()));
        values.put("host.net.ipv4.tcp_congestion_control", orUnknown(certificate.hostCongestionControl()));
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> out.append(key).append('=').append(escape(value)).append('\n'));
        return out.toString();
    }

    /**
     * Returns one Allure category per {@link FailureCategory}. A failed check matches by the {@code [Title]}
     * prefix that {@link CheckFailedError} puts in its message. A broken result is an invalid suite when its
     * stack trace starts with one of {@link #INVALID_SUITE_EXCEPTIONS}, else an infrastructure error. Allure
     * gives a result every category that matches, so the infrastructure pattern excludes the invalid suites.
     */
    static String categories() {
        ArrayNode categories = MAPPER.createArrayNode();
        for (FailureCategory category : FailureCategory.values()) {
            if (category == FailureCategory.INVALID_SUITE) {
                continue;
            }
            ObjectNode node = categories.addObject();
            node.put("name", category.title());
            node.put("messageRegex", "(?s)" + regexLiteral("[" + category.title() + "]") + ".*");
            node.putArray("matchedStatuses").add("failed");
        }
        String invalidSuite = "(?:" + String.join("|", INVALID_SUITE_EXCEPTIONS.stream()
                .map(AllureResultsWriter::regexLiteral).toList()) + ")\\b";
        ObjectNode invalid = categories.addObject();
        invalid.put("name", FailureCategory.INVALID_SUITE.title());
        invalid.put("traceRegex", "(?s)" + invalidSuite + ".*");
        invalid.putArray("matchedStatuses").add("broken");
        ObjectNode broken = categories.addObject();
        broken.put("name", FailureCategory.INFRASTRUCTURE.title());
        broken.put("traceRegex", "(?s)(?!" + invalidSuite + ").*");
        broken.putArray("matchedStatuses").add("broken");
        try {
            return MAPPER.writeValueAsString(categories) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("Could not serialize the Allure categories", e);
        }
    }

    private static String regexLiteral(String text) {
        return text.replaceAll("([\\\\\\[\\]().*+?^$|{}])", "\\\\$1");
    }

    private static String orUnknown(String value) {
        return value == null ? "unknown" : value;
    }

    /** Escapes a value as {@link java.util.Properties#load(java.io.Reader)} reads it back. */
    private static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : c);
            }
        }
        return out.toString();
    }
}
