package io.netsysctl.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link Certificate} as {@code certificate.json} and {@code certificate.md}. */
public final class CertificateWriter {

    /** File name of the JSON certificate in the reports folder. */
    public static final String JSON_FILE = "certificate.json";

    /** File name of the Markdown certificate in the reports folder. */
    public static final String MARKDOWN_FILE = "certificate.md";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CertificateWriter() {
    }

    /** Returns the certificate as indented JSON, ending with a newline. */
    public static String toJson(Certificate certificate) {
        try {
            return MAPPER.writeValueAsString(certificate) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("Could not serialize the certificate", e);
        }
    }

    /** Reads a certificate written by {@link #toJson(Certificate)}. */
    public static Certificate fromJson(String json) throws IOException {
        return MAPPER.readValue(json, Certificate.class);
    }

    /**
     * Writes both files into {@code folder}, creating it when missing.
     *
     * @return the JSON file
     */
    public static Path write(Certificate certificate, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path json = folder.resolve(JSON_FILE);
        Files.writeString(json, toJson(certificate), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(MARKDOWN_FILE), CertificateMarkdown.render(certificate),
                StandardCharsets.UTF_8);
        return json;
    }
}
