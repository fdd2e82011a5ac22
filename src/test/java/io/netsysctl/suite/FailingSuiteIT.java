package io.netsysctl.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import io.netsysctl.report.CheckFailedError;
import io.netsysctl.report.FailureCategory;
import io.netsysctl.report.ReportEntryKeys;
import io.netsysctl.target.InfrastructureException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/** Wrong expectations and a target that cannot start fail with exact messages, never as passes. */
class FailingSuiteIT {

    private static final String FOLDER = "src/test/resources/suites/failing/";

    /** A finished test's failure, with the report entry it published. */
    private record Outcome(Throwable failure, Map<String, String> entry) {
    }

    private static Map<String, Outcome> run(String file) {
        EngineExecutionResults results = EngineTestKit.engine("netsysctl").selectors(selectFile(FOLDER + file))
                .execute();
        Map<String, Map<String, String>> entries = new LinkedHashMap<>();
        for (Event event : results.testEvents().list()) {
            if (event.getType() == EventType.REPORTING_ENTRY_PUBLISHED) {
                entries.put(event.getTestDescriptor().getDisplayName(),
                        event.getRequiredPayload(ReportEntry.class).getKeyValuePairs());
            }
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        for (Event event : results.testEvents().finished().list()) {
            TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
            String name = event.getTestDescriptor().getDisplayName();
            outcomes.put(name, new Outcome(result.getThrowable().orElse(null), entries.get(name)));
        }
        return outcomes;
    }

    @Test
    void wrongExpectationsFailWithExactMessages() {
        Map<String, Outcome> outcomes = run("failing.yaml");

        assertThat(outcomes).containsOnlyKeys("wrong-keepalive", "somaxconn-too-small", "backlog-present",
                "proc-sys-writable", "keepalive-sysctl-accepted");
        String target = outcomes.get("wrong-keepalive").entry().get(ReportEntryKeys.TARGET);
        assertThat(target).matches("docker container [0-9a-f]{12} \\(netsysctl/busybox:local, runc, netns \\d+\\)");

        assertFailure(outcomes.get("wrong-keepalive"), FailureCategory.VALUE_MISMATCH,
                "[Value mismatch] net.ipv4.tcp_keepalive_time in " + target + ": expected '601', actual '600'");
        assertFailure(outcomes.get("somaxconn-too-small"), FailureCategory.VALUE_MISMATCH,
                "[Value mismatch] net.core.somaxconn in " + target + ": expected a number of at most 128, "
                        + "actual '4096'");
        assertFailure(outcomes.get("backlog-present"), FailureCategory.VALUE_MISMATCH,
                "[Value mismatch] net.core.netdev_max_backlog in " + target + ": expected the key to exist, but "
                        + "/proc/sys/net/core/netdev_max_backlog has no file");
        assertFailure(outcomes.get("proc-sys-writable"), FailureCategory.WRITABLE_PROC_SYS,
                "[Writable /proc/sys] /proc/sys in " + target + " is writable: writing '600' to "
                        + "/proc/sys/net/ipv4/tcp_keepalive_time succeeded (mount options "
                        + "rw,nosuid,nodev,noexec,relatime)");
        Outcome accepted = outcomes.get("keepalive-sysctl-accepted");
        assertThat(accepted.failure()).isInstanceOf(CheckFailedError.class);
        assertThat(accepted.failure().getMessage()).matches("\\Q[Runtime accepted what it should reject] expected "
                + "the runtime to reject a target with sysctls {net.ipv4.tcp_keepalive_time=700}, but docker "
                + "container \\E[0-9a-f]{12} \\(netsysctl/busybox:local, runc, netns \\d+\\) started");
        assertThat(accepted.entry()).containsEntry(ReportEntryKeys.CATEGORY,
                FailureCategory.RUNTIME_ACCEPTED.title());
    }

    private static void assertFailure(Outcome outcome, FailureCategory category, String message) {
        assertThat(outcome.failure()).isInstanceOf(CheckFailedError.class).hasMessage(message);
        assertThat(((CheckFailedError) outcome.failure()).category()).isEqualTo(category);
        assertThat(outcome.entry()).containsEntry(ReportEntryKeys.CATEGORY, category.title());
    }

    @Test
    void targetThatCannotStartFailsEveryCheck() {
        Map<String, Outcome> outcomes = run("missing-image.yaml");

        assertThat(outcomes).containsOnlyKeys("keepalive-time", "proc-sys-read-only");
        for (Outcome outcome : List.copyOf(outcomes.values())) {
            assertThat(outcome.failure()).isInstanceOf(InfrastructureException.class)
                    .hasMessageStartingWith("The target of suite 'missing-image' (" + FOLDER + "missing-image.yaml) "
                            + "failed to start: image netsysctl/no-such-image:local not found on the Docker engine");
            assertThat(outcome.entry()).containsEntry(ReportEntryKeys.CATEGORY,
                    FailureCategory.INFRASTRUCTURE.title());
            assertThat(outcome.entry().get(ReportEntryKeys.ACTUAL)).startsWith("not run: The target of suite");
        }
    }
}
