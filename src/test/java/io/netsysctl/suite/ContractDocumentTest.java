package io.netsysctl.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract example in the format reference is the text that {@code ContractExampleIT} runs. */
class ContractDocumentTest {

    private static final Path REFERENCE = Path.of("docs/suite-format.md");
    private static final Path FIXTURE = Path.of("src/test/resources/suites/contract/contract-example.yaml");

    @Test
    void referenceShowsFixtureVerbatim() throws IOException {
        String fixture = Files.readString(FIXTURE, StandardCharsets.UTF_8);

        List<String> examples = yamlBlocks(Files.readString(REFERENCE, StandardCharsets.UTF_8));

        assertThat(fixture).startsWith("suite: keepalive-follows-container\n");
        assertThat(examples).as("YAML blocks of " + REFERENCE).contains(fixture);
    }

    private static List<String> yamlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        int start = markdown.indexOf("```yaml\n");
        while (start >= 0) {
            int from = start + "```yaml\n".length();
            int end = markdown.indexOf("```", from);
            blocks.add(markdown.substring(from, end));
            start = markdown.indexOf("```yaml\n", end + 3);
        }
        return blocks;
    }
}
