package io.netsysctl.target.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netsysctl.NetworkMode;
import io.netsysctl.RuntimeKind;
import io.netsysctl.model.Errno;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.target.TargetSpec;
import io.netsysctl.target.TargetStartException;
import io.netsysctl.target.Targets;
import io.netsysctl.target.host.FreshNamespace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Starts real namespace sandboxes on this kernel; needs root or unprivileged user namespaces. */
class SandboxTargetIT {

    private static final SysctlKey KEEPALIVE_TIME = SysctlKey.parse("net.ipv4.tcp_keepalive_time");
    private static final SysctlKey KEEPALIVE_INTVL = SysctlKey.parse("net.ipv4.tcp_keepalive_intvl");
    private static final SysctlKey KEEPALIVE_PROBES = SysctlKey.parse("net.ipv4.tcp_keepalive_probes");
    private static final SysctlKey CONGESTION_CONTROL = SysctlKey.parse("net.ipv4.tcp_congestion_control");
    private static final SysctlKey NETDEV_MAX_BACKLOG = SysctlKey.parse("net.core.netdev_max_backlog");
    private static final SysctlKey IP_FORWARD = SysctlKey.parse("net.ipv4.ip_forward");

    private static Map<SysctlKey, Optional<SysctlValue>> hostBefore;
    private static SandboxTarget sandbox;

    @BeforeAll
    static void startSandbox() {
        hostBefore = Targets.host().read(List.of(KEEPALIVE_TIME, CONGESTION_CONTROL, NETDEV_MAX_BACKLOG));
        assertThat(hostBefore.get(KEEPALIVE_TIME)).as("precondition: host keepalive differs from 600")
                .isPresent().get().extracting(SysctlValue::asLong).isNotEqualTo(600L);
        sandbox = SandboxTarget.start(spec().withSysctls(Map.of(KEEPALIVE_TIME, "600")));
    }

    @AfterAll
    static void closeSandbox() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static TargetSpec spec() {
        return TargetSpec.of(RuntimeKind.SANDBOX, "ignored");
    }

    @Test
    void appliedSysctlReadsBackWhileHostIsUnchanged() {
        assertThat(sandbox.read(KEEPALIVE_TIME)).map(SysctlValue::asLong).contains(600L);
        assertThat(Targets.host().read(KEEPALIVE_TIME)).isEqualTo(hostBefore.get(KEEPALIVE_TIME));
    }

    @Test
    void keepaliveSiblingsEqualFreshNamespace() {
        List<SysctlKey> keys = List.of(KEEPALIVE_INTVL, KEEPALIVE_PROBES);

        Map<SysctlKey, Optional<SysctlValue>> fresh = FreshNamespace.read(keys);

        assertThat(fresh.get(KEEPALIVE_INTVL)).map(SysctlValue::asLong).contains(75L);
        assertThat(fresh.get(KEEPALIVE_PROBES)).map(SysctlValue::asLong).contains(9L);
        assertThat(sandbox.read(keys)).isEqualTo(fresh);
        assertThat(sandbox.readFreshNamespace(keys)).isEqualTo(fresh);
    }

    @Test
    void batchReadLargerThanArgumentLimit() {
        List<SysctlKey> keys = new java.util.ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            keys.add(SysctlKey.parse("net.ipv4.conf.lo.no_such_key_" + i));
        }
        keys.add(KEEPALIVE_TIME);

        Map<SysctlKey, Optional<SysctlValue>> values = sandbox.read(keys);

        assertThat(values).hasSize(4001);
        assertThat(values.values().stream().filter(Optional::isPresent).count()).isEqualTo(1);
        assertThat(values.get(KEEPALIVE_TIME)).map(SysctlValue::asLong).contains(600L);
    }

    @Test
    void congestionControlIsCopiedFromHost() {
        assertThat(sandbox.read(CONGESTION_CONTROL)).isEqualTo(hostBefore.get(CONGESTION_CONTROL));
    }

    @Test
    void netdevMaxBacklogExistsOnlyOnHost() {
        assertThat(hostBefore.get(NETDEV_MAX_BACKLOG)).isPresent();
        assertThat(sandbox.read(NETDEV_MAX_BACKLOG)).isEmpty();
        assertThat(sandbox.listKeys()).doesNotContain(NETDEV_MAX_BACKLOG).contains(KEEPALIVE_TIME);
    }

    @Test
    void probeWriteFailsWithErofs() {
        WriteOutcome outcome = sandbox.probeWrite(KEEPALIVE_TIME);

        assertThat(outcome.errno()).contains(Errno.EROFS);
        assertThat(outcome.path()).isEqualTo("/proc/sys/net/ipv4/tcp_keepalive_time");
        assertThat(outcome.detail())
                .endsWith("cannot create /proc/sys/net/ipv4/tcp_keepalive_time: Read-only file system");
        assertThat(sandbox.probeWriteUnder("/proc/sys").errno()).contains(Errno.EROFS);
    }

    @Test
    void procSysIsMountedReadOnly() {
        MountEntry mount = sandbox.mountOf("/proc/sys/net/ipv4").orElseThrow();

        assertThat(mount.mountPoint()).isEqualTo("/proc/sys");
        assertThat(mount.fsType()).isEqualTo("proc");
        assertThat(mount.readOnly()).as(mount.line()).isTrue();
        assertThat(Targets.host().mountOf("/proc/sys/net/ipv4").orElseThrow().readOnly()).isFalse();
    }

    @Test
    void unconfinedSystemPathsLeaveProcSysWritable() {
        TargetSpec unconfinedSpec = spec().withSecurityOpt(List.of("systempaths=unconfined"));
        try (SandboxTarget unconfined = SandboxTarget.start(unconfinedSpec)) {
            WriteOutcome outcome = unconfined.probeWrite(KEEPALIVE_TIME, "300");

            assertThat(outcome).isEqualTo(WriteOutcome.succeeded("/proc/sys/net/ipv4/tcp_keepalive_time", "300"));
            assertThat(unconfined.read(KEEPALIVE_TIME)).map(SysctlValue::asLong).contains(300L);
            assertThat(unconfined.mountOf("/proc/sys").orElseThrow().readOnly()).isFalse();
        }
        assertThat(Targets.host().read(KEEPALIVE_TIME)).isEqualTo(hostBefore.get(KEEPALIVE_TIME));
    }

    @Test
    void namespaceIdsDifferFromHostAndEachOther() throws Exception {
        try (SandboxTarget second = SandboxTarget.start(spec())) {
            assertThat(sandbox.networkNamespaceId()).isNotEqualTo(Targets.host().networkNamespaceId());
            assertThat(second.networkNamespaceId()).isNotEqualTo(sandbox.networkNamespaceId());
            assertThat(second.networkNamespaceId()).isNotEqualTo(Targets.host().networkNamespaceId());
            assertThat(Files.readSymbolicLink(Path.of("/proc", Long.toString(second.hostPid().getAsLong()), "ns/net"))
                    .toString()).isEqualTo("net:[" + second.networkNamespaceId() + "]");
        }
    }

    @Test
    void setFromHostChangesOnlySandbox() {
        try (SandboxTarget target = SandboxTarget.start(spec())) {
            target.setFromHost(KEEPALIVE_TIME, "1234");

            assertThat(target.read(KEEPALIVE_TIME)).map(SysctlValue::asLong).contains(1234L);
            assertThat(Targets.host().read(KEEPALIVE_TIME)).isEqualTo(hostBefore.get(KEEPALIVE_TIME));
            assertThat(sandbox.read(KEEPALIVE_TIME)).map(SysctlValue::asLong).contains(600L);
        }
    }

    @Test
    void nonNumberSysctlIsRejectedWithEinval() {
        assertThatThrownBy(() -> SandboxTarget.start(spec().withSysctls(Map.of(IP_FORWARD, "abc"))))
                .isInstanceOf(TargetStartException.class)
                .hasMessageStartingWith("the sandbox rejected sysctl net.ipv4.ip_forward=abc: write "
                        + "/proc/sys/net/ipv4/ip_forward: Invalid argument (EINVAL)")
                .extracting(e -> ((TargetStartException) e).runtimeMessage())
                .isEqualTo("write /proc/sys/net/ipv4/ip_forward: Invalid argument");
    }

    @Test
    void missingKeyIsRejectedWithEnoent() {
        assertThatThrownBy(() -> SandboxTarget.start(spec().withSysctls(Map.of(NETDEV_MAX_BACKLOG, "2000"))))
                .isInstanceOf(TargetStartException.class)
                .extracting(e -> ((TargetStartException) e).runtimeMessage())
                .isEqualTo("write /proc/sys/net/core/netdev_max_backlog: No such file or directory");
    }

    @Test
    void disallowedCongestionControlIsRejectedWithEperm() {
        List<String> available = Targets.host().read(SysctlKey.parse("net.ipv4.tcp_available_congestion_control"))
                .orElseThrow().fields();
        List<String> allowed = Targets.host().read(SysctlKey.parse("net.ipv4.tcp_allowed_congestion_control"))
                .orElseThrow().fields();
        Optional<String> disallowed = available.stream().filter(name -> !allowed.contains(name)).findFirst();
        assumeTrue(disallowed.isPresent(), "every available congestion control is allowed: " + available);

        TargetSpec disallowedSpec = spec().withSysctls(Map.of(CONGESTION_CONTROL, disallowed.get()));

        assertThatThrownBy(() -> SandboxTarget.start(disallowedSpec))
                .isInstanceOf(TargetStartException.class)
                .extracting(e -> ((TargetStartException) e).runtimeMessage())
                .isEqualTo("write /proc/sys/net/ipv4/tcp_congestion_control: Operation not permitted");
    }

    @Test
    void valueWithShellSyntaxIsWrittenLiterally() {
        Path marker = Path.of("/tmp/netsysctl-sandbox-injection-" + ProcessHandle.current().pid());
        String value = "x$(touch " + marker + ")';touch " + marker + ";'";

        assertThatThrownBy(() -> SandboxTarget.start(spec().withSysctls(Map.of(CONGESTION_CONTROL, value))))
                .isInstanceOf(TargetStartException.class)
                .extracting(e -> ((TargetStartException) e).runtimeMessage())
                .isEqualTo("write /proc/sys/net/ipv4/tcp_congestion_control: No such file or directory");
        assertThat(marker).doesNotExist();
    }

    @Test
    void hostNetworkRejectsNetSysctls() {
        TargetSpec hostNetwork = spec().withNetwork(NetworkMode.HOST).withSysctls(Map.of(IP_FORWARD, "1"));

        assertThatThrownBy(() -> SandboxTarget.start(hostNetwork))
                .isInstanceOf(TargetStartException.class)
                .extracting(e -> ((TargetStartException) e).runtimeMessage())
                .isEqualTo("sysctl net.ipv4.ip_forward cannot be set in the host network namespace (network: host); "
                        + "runc rejects net.* sysctls there too");
    }

    @Test
    void nonNetworkSysctlIsRejected() {
        TargetSpec domainname = spec().withSysctls(Map.of(SysctlKey.parse("kernel.domainname"), "example"));

        assertThatThrownBy(() -> SandboxTarget.start(domainname))
                .isInstanceOf(TargetStartException.class)
                .extracting(e -> ((TargetStartException) e).runtimeMessage())
                .isEqualTo("sysctl kernel.domainname is not in a separate kernel namespace of the sandbox, which "
                        + "isolates only the network namespace; only net.* sysctls can be set");
    }

    @Test
    void hostNetworkSharesHostNamespace() {
        try (SandboxTarget target = SandboxTarget.start(spec().withNetwork(NetworkMode.HOST))) {
            assertThat(target.networkNamespaceId()).isEqualTo(Targets.host().networkNamespaceId());
            assertThat(target.read(NETDEV_MAX_BACKLOG)).isEqualTo(hostBefore.get(NETDEV_MAX_BACKLOG));
            assertThat(target.probeWrite(KEEPALIVE_TIME).errno()).contains(Errno.EROFS);
        }
    }

    @Test
    void closeEndsProcessAndIsIdempotent() {
        SandboxTarget target = SandboxTarget.start(spec());
        long pid = target.hostPid().getAsLong();
        assertThat(ProcessHandle.of(pid)).isPresent();

        target.close();
        target.close();

        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isEmpty();
        assertThat(target.isRunning()).isFalse();
        assertThatThrownBy(() -> target.read(KEEPALIVE_TIME)).isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith(" is closed or its process has exited");
    }

    @Test
    void startDispatchesSandboxRuntime() {
        try (var target = Targets.start(spec())) {
            assertThat(target).isInstanceOf(SandboxTarget.class);
            assertThat(target.image()).isEqualTo("sandbox");
            assertThat(target.runtime()).isEqualTo("sandbox");
        }
    }
}
