package io.netsysctl.target.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netsysctl.model.Errno;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.target.Targets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the real kernel's /proc/sys of this JVM; it writes nothing but current values back. */
class HostTargetTest {

    private static final SysctlKey TCP_RMEM = SysctlKey.parse("net.ipv4.tcp_rmem");
    private static final SysctlKey KEEPALIVE = SysctlKey.parse("net.ipv4.tcp_keepalive_time");

    private final HostTarget host = (HostTarget) Targets.host();

    @Test
    void hostIsInitialNamespace() {
        assertThat(host.isInitialNamespace()).as(host.description()).isTrue();
        assertThat(host.description()).isEqualTo("host (initial network namespace, netns "
                + host.networkNamespaceId() + ")");
        assertThat(host.runtime()).isEqualTo("host");
    }

    @Test
    void namespaceIdMatchesProcLink() throws IOException {
        String link = Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString();

        assertThat("net:[" + host.networkNamespaceId() + "]").isEqualTo(link);
    }

    @Test
    void listKeysContainsTcpRmem() {
        List<SysctlKey> keys = host.listKeys();

        assertThat(keys).contains(TCP_RMEM, KEEPALIVE, SysctlKey.parse("net.core.netdev_max_backlog"));
        assertThat(keys).isSorted();
        assertThat(keys).allMatch(SysctlKey::isNetworkKey);
    }

    @Test
    void batchReadReturnsExactFileContent() throws IOException {
        SysctlKey missing = SysctlKey.parse("net.ipv4.no_such_key");

        Map<SysctlKey, Optional<SysctlValue>> values = host.read(List.of(TCP_RMEM, KEEPALIVE, missing));

        assertThat(values.keySet()).containsExactly(TCP_RMEM, KEEPALIVE, missing);
        assertThat(values.get(TCP_RMEM)).map(SysctlValue::raw)
                .contains(ProcSysFiles.readProcFile(Path.of("/proc/sys/net/ipv4/tcp_rmem")));
        assertThat(values.get(TCP_RMEM).orElseThrow().fields()).hasSize(3);
        assertThat(values.get(KEEPALIVE).orElseThrow().isNumber()).isTrue();
        assertThat(values.get(missing)).isEmpty();
    }

    @Test
    void readOfWriteOnlyKeyFails() {
        assertThatThrownBy(() -> host.read(SysctlKey.parse("net.ipv4.route.flush")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot read sysctl net.ipv4.route.flush in the host: /proc/sys/net/ipv4/route/flush: "
                        + "Permission denied (the file exists but is not readable, as write-only keys are)");
    }

    @Test
    void probeWriteOfCurrentValueSucceeds() throws IOException {
        String before = ProcSysFiles.readProcFile(Path.of("/proc/sys/net/ipv4/tcp_keepalive_time"));

        WriteOutcome outcome = host.probeWrite(KEEPALIVE);

        assertThat(outcome).isEqualTo(WriteOutcome.succeeded("/proc/sys/net/ipv4/tcp_keepalive_time", before.strip()));
        assertThat(ProcSysFiles.readProcFile(Path.of("/proc/sys/net/ipv4/tcp_keepalive_time"))).isEqualTo(before);
    }

    @Test
    void probeWriteOfNonNumberIsEinval() throws IOException {
        String before = ProcSysFiles.readProcFile(Path.of("/proc/sys/net/ipv4/tcp_keepalive_time"));

        WriteOutcome outcome = host.probeWrite(KEEPALIVE, "abc");

        assertThat(outcome).isEqualTo(WriteOutcome.failed("/proc/sys/net/ipv4/tcp_keepalive_time", "abc", Errno.EINVAL,
                "Invalid argument"));
        assertThat(ProcSysFiles.readProcFile(Path.of("/proc/sys/net/ipv4/tcp_keepalive_time"))).isEqualTo(before);
    }

    @Test
    void probeWriteOfMissingKeyIsEnoent() {
        WriteOutcome outcome = host.probeWrite(SysctlKey.parse("net.ipv4.no_such_key"), "1");

        assertThat(outcome).isEqualTo(WriteOutcome.failed("/proc/sys/net/ipv4/no_such_key", "1", Errno.ENOENT,
                "/proc/sys/net/ipv4/no_such_key: No such file or directory"));
    }

    @Test
    void probeWriteUnderProcSysWritesKeepaliveBack() {
        WriteOutcome outcome = host.probeWriteUnder("/proc/sys");

        assertThat(outcome.succeeded()).isTrue();
        assertThat(outcome.path()).isEqualTo("/proc/sys/net/ipv4/tcp_keepalive_time");
    }

    @Test
    void probeWriteUnderDirectoryLeavesNoFile(@TempDir Path dir) throws IOException {
        WriteOutcome outcome = host.probeWriteUnder(dir.toString());

        assertThat(outcome).isEqualTo(WriteOutcome.succeeded(dir.toString(), ""));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void mountOfProcSysIsWritableProc() {
        MountEntry mount = host.mountOf("/proc/sys/net/ipv4/tcp_rmem").orElseThrow();

        assertThat(mount.fsType()).isEqualTo("proc");
        assertThat(mount.readOnly()).isFalse();
    }

    @Test
    void hostIsShared() {
        assertThat(Targets.host()).isSameAs(Targets.host());
    }
}
