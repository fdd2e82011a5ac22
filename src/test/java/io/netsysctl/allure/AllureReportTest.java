package io.netsysctl.allure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netsysctl.target.Targets;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps, attachments and parameters as Allure writes them, and reporting failures that must not fail tests. */
class AllureReportTest {

    @TempDir
    Path results;

    private AllureLifecycle previous;

    @BeforeEach
    void keepLifecycle() {
        previous = Allure.getLifecycle();
    }

    @AfterEach
    void restoreLifecycle() {
        Allure.setLifecycle(previous);
    }

    @Test
    void stepsTablesAndParameters() throws IOException {
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
        Allure.setLifecycle(lifecycle);
        String uuid = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("certification"));
        lifecycle.startTestCase(uuid);

        int value = AllureReport.step("Read net.core.somaxconn", () -> {
            AllureReport.table("values read", List.of("target", "key", "value"),
                    List.of(List.of("host, netns 1", "net.core.somaxconn", "4096")));
            return 4096;
        });
        AssertionError failure = new AssertionError("expected 600");
        assertThatThrownBy(() -> AllureReport.step("net.ipv4.tcp_keepalive_time equals 600", () -> {
            throw failure;
        })).isSameAs(failure);
        AllureReport.target("client", Targets.host());
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);

        assertThat(value).isEqualTo(4096);
        JsonNode result = new ObjectMapper().readTree(results.resolve(uuid + "-result.json").toFile());
        JsonNode steps = result.get("steps");
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).get("name").asText()).isEqualTo("Read net.core.somaxconn");
        assertThat(steps.get(0).get("status").asText()).isEqualTo("passed");
        JsonNode attachment = steps.get(0).get("attachments").get(0);
        assertThat(attachment.get("name").asText()).isEqualTo("values read");
        assertThat(attachment.get("type").asText()).isEqualTo("text/csv");
        assertThat(Files.readString(results.resolve(attachment.get("source").asText())))
                .isEqualTo("target,key,value\n\"host, netns 1\",net.core.somaxconn,4096\n");
        assertThat(steps.get(1).get("status").asText()).isEqualTo("failed");
        assertThat(steps.get(1).get("statusDetails").get("message").asText()).isEqualTo("expected 600");
        assertThat(result.get("parameters").toString())
                .contains("{\"name\":\"runtime (client)\",\"value\":\"" + Targets.host().runtime() + "\"}")
                .contains("{\"name\":\"kernel\",\"value\":\"" + System.getProperty("os.version") + "\"}");
    }

    @Test
    void markerStepPasses() throws IOException {
        AllureLifecycle lifecycle = new AllureLifecycle(new FileSystemResultsWriter(results));
        Allure.setLifecycle(lifecycle);
        String uuid = UUID.randomUUID().toString();
        lifecycle.scheduleTestCase(new TestResult().setUuid(uuid).setName("certification"));
        lifecycle.startTestCase(uuid);

        AllureReport.step("Target: docker container 1aedde0d7909");
        lifecycle.stopTestCase(uuid);
        lifecycle.writeTestCase(uuid);

        JsonNode steps = new ObjectMapper().readTree(results.resolve(uuid + "-result.json").toFile()).get("steps");
        assertThat(steps).hasSize(1);
        assertThat(steps.get(0).get("name").asText()).isEqualTo("Target: docker container 1aedde0d7909");
        assertThat(steps.get(0).get("status").asText()).isEqualTo("passed");
    }

    @Test
    void nothingRecordedOutsideTestCase() throws IOException {
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(results)));

        String value = AllureReport.step("Read outside a test", () -> "read");
        AllureReport.table("values read", List.of("target"), List.of(List.of("host")));
        AllureReport.text("mount", "36 30 0:5 / /proc/sys ro - proc proc rw");

        assertThat(value).isEqualTo("read");
        try (Stream<Path> files = Files.list(results)) {
            assertThat(files).isEmpty();
        }
    }

    /** A lifecycle whose every write fails, as a full disk or a broken results writer would make it. */
    static class FailingLifecycle extends AllureLifecycle {

        @Override
        public Optional<String> getCurrentTestCaseOrStep() {
            return Optional.of("running");
        }

        @Override
        public void startStep(String uuid, StepResult result) {
            throw new IllegalStateException("results folder is not writable");
        }

        @Override
        public void updateStep(String uuid, Consumer<StepResult> update) {
            throw new IllegalStateException("results folder is not writable");
        }

        @Override
        public void addAttachment(String name, String type, String fileExtension, byte[] body) {
            throw new IllegalStateException("results folder is not writable");
        }

        @Override
        public void updateTestCase(Consumer<TestResult> update) {
            throw new IllegalStateException("results folder is not writable");
        }
    }

    @Test
    void reportingFailureNeverFailsTest() {
        Allure.setLifecycle(new FailingLifecycle());
        IllegalArgumentException bodyFailure = new IllegalArgumentException("invalid key");

        assertThat(AllureReport.step("Read net.core.somaxconn", () -> 4096)).isEqualTo(4096);
        AllureReport.table("values read", List.of("target"), List.of(List.of("host")));
        AllureReport.text("mount", "36 30 0:5 / /proc/sys ro - proc proc rw");
        AllureReport.target("", Targets.host());
        AllureReport.step("marker");
        assertThatThrownBy(() -> AllureReport.step("Read", () -> {
            throw bodyFailure;
        })).isSameAs(bodyFailure);
    }
}
