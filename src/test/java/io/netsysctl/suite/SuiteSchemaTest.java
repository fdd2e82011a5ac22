package io.netsysctl.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schema for editors accepts every shipped suite and the contract example, and rejects typos. */
class SuiteSchemaTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = loadSchema();

    private static JsonSchema loadSchema() {
        try (InputStream in = SuiteSchemaTest.class.getResourceAsStream("/netsysctl-suite.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> validSuites() throws IOException {
        try (Stream<Path> shipped = Files.list(Path.of("suites"))) {
            List<Path> files = shipped.filter(SuiteDiscovery::isSuiteFile).sorted().toList();
            assertThat(files).as("shipped suites").hasSize(3);
            return Stream.concat(files.stream(),
                    Stream.of(Path.of("src/test/resources/suites/contract/contract-example.yaml"))).toList();
        }
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        JsonNode node = YAML.readTree(yaml);
        return SCHEMA.validate(node);
    }

    @ParameterizedTest
    @MethodSource("validSuites")
    void suiteValidatesAgainstSchema(Path file) throws IOException {
        assertThat(validate(Files.readString(file))).isEmpty();
    }

    @Test
    void schemaRejectsUnknownCheckField() throws IOException {
        Set<ValidationMessage> messages = validate("""
                suite: typo
                checks:
                  - id: keepalive-time-applied
                    sysctl: net.ipv4.tcp_keepalive_time
                    equal: 600
                """);

        assertThat(messages).extracting(ValidationMessage::getMessage)
                .anyMatch(message -> message.contains("equal"));
    }

    @Test
    void schemaRejectsTwoKinds() throws IOException {
        Set<ValidationMessage> messages = validate("""
                suite: two-kinds
                checks:
                  - id: keepalive-time-applied
                    sysctl: net.ipv4.tcp_keepalive_time
                    equals: 600
                    oneOf: [600]
                """);

        assertThat(messages).isNotEmpty();
    }

    @Test
    void schemaRejectsBadSuiteId() throws IOException {
        Set<ValidationMessage> messages = validate("""
                suite: Bad_Id
                checks:
                  - id: proc
                    readOnly: /proc/sys
                """);

        assertThat(messages).extracting(ValidationMessage::getMessage)
                .anyMatch(message -> message.contains("pattern"));
    }

    @Test
    void schemaRejectsEmptyKeyComponent() throws IOException {
        Set<ValidationMessage> messages = validate("""
                suite: bad-key
                checks:
                  - id: forwarding
                    sysctl: net..ipv4.ip_forward
                    equals: 1
                """);

        assertThat(messages).isNotEmpty();
    }
}
