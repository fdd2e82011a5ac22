package io.netsysctl.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.HostNamespace;
import io.netsysctl.NetSysctlConfig;
import io.netsysctl.NetworkMode;
import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.target.TargetSpec;
import io.netsysctl.target.Targets;
import io.netsysctl.target.host.ProcSysFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes real targets: the namespace sandbox and Docker containers on bridge and host networks. */
class IsolationProbeIT {

    private static final SysctlKey PROBES = SysctlKey.parse("net.ipv4.tcp_keepalive_probes");
    private static final String IMAGE = NetSysctlConfig.get(NetSysctlConfig.IMAGE, NetSysctlConfig.DEFAULT_IMAGE);

    @TempDir
    Path folder;

    private IsolationProbe probe() {
        return new IsolationProbe(new HostSysctlJournal(folder.resolve("journal")));
    }

    @Test
    void sandboxKeepsKeepaliveProbesIsolated() {
        HostNamespace host = Targets.host();
        Optional<SysctlValue> hostValue = host.read(PROBES);
        try (SysctlContainer sandbox = Targets.start(TargetSpec.of(RuntimeKind.SANDBOX, "sandbox")
                .withSysctls(Map.of(PROBES, "4")))) {

            IsolationResult result = probe().probe(sandbox, host, PROBES, false);

            assertThat(result.status()).as(result.message()).isEqualTo(IsolationResult.Status.ISOLATED);
            assertThat(result.probeValue()).contains("5");
            assertThat(result.targetBefore().map(SysctlValue::normalized)).contains("4");
            assertThat(result.targetWithProbe().map(SysctlValue::normalized)).contains("5");
            assertThat(result.hostAfter().map(SysctlValue::normalized))
                    .isEqualTo(hostValue.map(SysctlValue::normalized));
            assertThat(result.siblingAfter().map(SysctlValue::normalized)).contains("9");
            assertThat(result.hostChange()).isEmpty();
            assertThat(sandbox.read(PROBES).map(SysctlValue::normalized)).as("target restored").contains("4");
        }
    }

    @Test
    void hostNetworkLeaksToHost() throws IOException {
        HostNamespace host = Targets.host();
        Path file = Path.of(PROBES.procPath());
        String original = ProcSysFiles.readProcFile(file).strip();
        try (SysctlContainer container = Targets.start(TargetSpec.of(RuntimeKind.DOCKER, IMAGE)
                .withNetwork(NetworkMode.HOST))) {

            IsolationResult result = probe().probe(container, host, PROBES, false);

            String changed = Long.toString(Long.parseLong(original) + 1);
            assertThat(result.status()).isEqualTo(IsolationResult.Status.LEAKED);
            assertThat(result.hostAfter().map(SysctlValue::normalized)).contains(changed);
            assertThat(result.message()).isEqualTo(PROBES + " leaks across " + container.description()
                    + ": setting '" + changed + "' in the target: the host changed from '" + original + "' to '"
                    + changed + "'");
        } finally {
            assertThat(ProcSysFiles.readProcFile(file).strip()).as("host value after the probe restored it")
                    .isEqualTo(original);
            Files.writeString(file, original);
        }
    }

    @Test
    void missingKeyIsNotProbed() {
        SysctlKey backlog = SysctlKey.parse("net.core.netdev_max_backlog");
        try (SysctlContainer container = Targets.start(TargetSpec.of(RuntimeKind.DOCKER, IMAGE))) {

            IsolationResult result = probe().probe(container, Targets.host(), backlog, true);

            assertThat(result.status()).isEqualTo(IsolationResult.Status.NOT_PROBED);
            assertThat(result.isolated()).isFalse();
            assertThat(result.message()).isEqualTo("net.core.netdev_max_backlog cannot be probed: it has no file in "
                    + container.description() + ", so it is not namespaced there");
        }
    }

    @Test
    void congestionControlProbesAllowedAlgorithm() throws IOException {
        SysctlKey key = SysctlKey.parse("net.ipv4.tcp_congestion_control");
        HostSysctlJournal journal = new HostSysctlJournal(folder.resolve("journal"));
        String hostBefore = ProcSysFiles.readProcFile(Path.of(key.procPath())).strip();
        try (SysctlContainer container = Targets.start(TargetSpec.of(RuntimeKind.DOCKER, IMAGE))) {
            String allowed = container.read(SysctlKey.parse("net.ipv4.tcp_allowed_congestion_control")).get()
                    .normalized();
            String current = container.read(key).get().normalized();

            IsolationResult result = new IsolationProbe(journal).probe(container, Targets.host(), key, true);

            assertThat(result.status()).as(result.message()).isEqualTo(IsolationResult.Status.ISOLATED);
            String probeValue = result.probeValue().orElseThrow();
            assertThat(probeValue).isNotEqualTo(current);
            assertThat(allowed.split(" ")).contains(probeValue);
            assertThat(result.hostChange()).get().extracting(IsolationResult.HostChange::hostRestored).isEqualTo(true);
            assertThat(result.hostChange().get().targetAfter().map(SysctlValue::normalized)).contains(current);
        }
        assertThat(ProcSysFiles.readProcFile(Path.of(key.procPath())).strip()).as("host restored")
                .isEqualTo(hostBefore);
        assertThat(journal.pending()).as("journal entries left pending").isEmpty();
    }
}
