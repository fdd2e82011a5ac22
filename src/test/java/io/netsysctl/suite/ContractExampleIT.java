package io.netsysctl.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import io.netsysctl.report.ReportEntryKeys;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * Runs the example of the suite format unchanged against the local Docker engine (runc, Linux 6.x), where every
 * check of it passes.
 */
class ContractExampleIT {

    private static final String CONTRACT = "src/test/resources/suites/contract/contract-example.yaml";

    @Test
    void contractExamplePassesEveryCheck() {
        EngineExecutionResults results = EngineTestKit.engine("netsysctl").selectors(selectFile(CONTRACT)).execute();

        Map<String, String> outcomes = new TreeMap<>();
        for (Event event : results.testEvents().finished().list()) {
            TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
            outcomes.put(event.getTestDescriptor().getDisplayName(), result.getStatus()
                    + result.getThrowable().map(failure -> ": " + failure.getMessage()).orElse(""));
        }
        assertThat(outcomes).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("keepalive-time-applied", "SUCCESSFUL"),
                Map.entry("keepalive-intvl-is-kernel-default", "SUCCESSFUL"),
                Map.entry("congestion-control-from-host", "SUCCESSFUL"),
                Map.entry("backlog-not-visible", "SUCCESSFUL"),
                Map.entry("port-range-default", "SUCCESSFUL"),
                Map.entry("tcp-rmem-triple", "SUCCESSFUL"),
                Map.entry("somaxconn-bounds", "SUCCESSFUL"),
                Map.entry("syncookies-on", "SUCCESSFUL"),
                Map.entry("keepalive-isolated[net.ipv4.tcp_keepalive_time]", "SUCCESSFUL"),
                Map.entry("keepalive-isolated[net.ipv4.tcp_keepalive_probes]", "SUCCESSFUL"),
                Map.entry("keepalive-isolated-from-host-changes[net.ipv4.tcp_keepalive_intvl]", "SUCCESSFUL"),
                Map.entry("proc-sys-read-only", "SUCCESSFUL"),
                Map.entry("host-network-rejects-net-sysctls", "SUCCESSFUL"))));
        assertThat(results.containerEvents().failed().count()).as("failed containers").isZero();
    }

    @Test
    void everyTestPublishesReportEntry() {
        EngineExecutionResults results = EngineTestKit.engine("netsysctl").selectors(selectFile(CONTRACT)).execute();

        List<Event> entries = results.testEvents().list().stream()
                .filter(event -> event.getType() == EventType.REPORTING_ENTRY_PUBLISHED).toList();
        assertThat(entries).hasSize(13);
        Map<String, String> first = entries.get(0).getRequiredPayload(ReportEntry.class).getKeyValuePairs();
        assertThat(first).containsEntry(ReportEntryKeys.SUITE, "keepalive-follows-container")
                .containsEntry(ReportEntryKeys.FILE, CONTRACT)
                .containsEntry(ReportEntryKeys.CHECK, "keepalive-time-applied")
                .containsEntry(ReportEntryKeys.KEY, "net.ipv4.tcp_keepalive_time")
                .containsEntry(ReportEntryKeys.EXPECTED, "'600'")
                .containsEntry(ReportEntryKeys.ACTUAL, "600")
                .containsEntry(ReportEntryKeys.IMAGE, "netsysctl/busybox:local")
                .containsEntry(ReportEntryKeys.RUNTIME, "runc")
                .containsKey(ReportEntryKeys.TARGET)
                .doesNotContainKey(ReportEntryKeys.CATEGORY);
        Map<String, String> rejected = entries.get(12).getRequiredPayload(ReportEntry.class).getKeyValuePairs();
        assertThat(rejected).containsEntry(ReportEntryKeys.CHECK, "host-network-rejects-net-sysctls")
                .containsEntry(ReportEntryKeys.EXPECTED, "rejected: network host, sysctls {net.ipv4.ip_forward=1}");
        assertThat(rejected.get(ReportEntryKeys.ACTUAL))
                .startsWith("rejected: ")
                .contains("sysctl \"net.ipv4.ip_forward\" not allowed in host network namespace");
    }
}
