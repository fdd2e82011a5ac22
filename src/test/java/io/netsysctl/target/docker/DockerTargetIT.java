package io.netsysctl.target.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netsysctl.NetworkMode;
import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.Errno;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.TargetSpec;
import io.netsysctl.target.TargetStartException;
import io.netsysctl.target.host.ProcSysFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerTargetIT {

    private static final SysctlKey KEEPALIVE_TIME = SysctlKey.parse("net.ipv4.tcp_keepalive_time");
    private static final SysctlKey KEEPALIVE_INTVL = SysctlKey.parse("net.ipv4.tcp_keepalive_intvl");
    private static final SysctlKey KEEPALIVE_PROBES = SysctlKey.parse("net.ipv4.tcp_keepalive_probes");
    private static final SysctlKey CONGESTION_CONTROL = SysctlKey.parse("net.ipv4.tcp_congestion_control");
    private static final SysctlKey NETDEV_MAX_BACKLOG = SysctlKey.parse("net.core.netdev_max_backlog");
    private static final SysctlKey IP_FORWARD = SysctlKey.parse("net.ipv4.ip_forward");

    @BeforeAll
    static void engine() {
        DockerTestSupport.requireEngine();
    }

    @AfterAll
    static void noContainerLeft() {
        assertThat(DockerTestSupport.containersWithLabel(
                ContainerRegistry.OWNER_LABEL + "=" + ContainerRegistry.owner()))
                .as("containers of this JVM left after the tests").isEmpty();
    }

    private static TargetSpec keepalive600(String image) {
        return TargetSpec.of(RuntimeKind.DOCKER, image).withSysctls(Map.of(KEEPALIVE_TIME, "600"));
    }

    private static String hostValue(SysctlKey key) throws IOException {
        return ProcSysFiles.readProcFile(Path.of(key.procPath())).strip();
    }

    @ParameterizedTest
    @ValueSource(strings = {DockerTestSupport.BUSYBOX, DockerTestSupport.NOSHELL})
    void readsValueSetAtStartAndLeavesHost(String image) throws IOException {
        String hostBefore = hostValue(KEEPALIVE_TIME);
        assertThat(hostBefore).as("host keepalive time must differ from 600 for this test").isNotEqualTo("600");

        try (SysctlContainer target = DockerTargets.start(keepalive600(image))) {
            assertThat(target.read(KEEPALIVE_TIME).map(SysctlValue::normalized)).contains("600");
        }

        assertThat(hostValue(KEEPALIVE_TIME)).as("host value after the container").isEqualTo(hostBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {DockerTestSupport.BUSYBOX, DockerTestSupport.NOSHELL})
    void readsNamespaceClassesOfKeys(String image) throws IOException {
        try (SysctlContainer target = DockerTargets.start(keepalive600(image))) {
            List<SysctlKey> keys = List.of(KEEPALIVE_INTVL, KEEPALIVE_PROBES, CONGESTION_CONTROL, NETDEV_MAX_BACKLOG);
            Map<SysctlKey, Optional<SysctlValue>> values = target.read(keys);
            Map<SysctlKey, Optional<SysctlValue>> fresh = target.readFreshNamespace(List.of(KEEPALIVE_INTVL,
                    KEEPALIVE_PROBES));

            assertThat(values.get(KEEPALIVE_INTVL)).as("intvl").isPresent().isEqualTo(fresh.get(KEEPALIVE_INTVL));
            assertThat(values.get(KEEPALIVE_PROBES)).as("probes").isPresent().isEqualTo(fresh.get(KEEPALIVE_PROBES));
            assertThat(values.get(CONGESTION_CONTROL).map(SysctlValue::normalized)).as("congestion control")
                    .contains(hostValue(CONGESTION_CONTROL));
            assertThat(values.get(NETDEV_MAX_BACKLOG)).as("netdev_max_backlog exists only in the initial namespace")
                    .isEmpty();
            assertThat(Files.exists(Path.of(NETDEV_MAX_BACKLOG.procPath()))).as("on the host").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DockerTestSupport.BUSYBOX, DockerTestSupport.NOSHELL})
    void probeWriteFailsWithErofs(String image) {
        try (SysctlContainer target = DockerTargets.start(keepalive600(image))) {
            WriteOutcome outcome = target.probeWrite(KEEPALIVE_TIME);

            assertThat(outcome.path()).isEqualTo("/proc/sys/net/ipv4/tcp_keepalive_time");
            assertThat(outcome.errno()).contains(Errno.EROFS);
            assertThat(target.read(KEEPALIVE_TIME).map(SysctlValue::normalized)).contains("600");
            Optional<MountEntry> mount = target.mountOf("/proc/sys/net/ipv4/tcp_keepalive_time");
            assertThat(mount).hasValueSatisfying(entry -> {
                assertThat(entry.mountPoint()).isEqualTo("/proc/sys");
                assertThat(entry.readOnly()).isTrue();
            });
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DockerTestSupport.BUSYBOX, DockerTestSupport.NOSHELL})
    void systempathsUnconfinedMakesProcSysWritable(String image) {
        TargetSpec spec = keepalive600(image).withSecurityOpt(List.of("systempaths=unconfined"));
        try (SysctlContainer target = DockerTargets.start(spec)) {
            WriteOutcome outcome = target.probeWrite(KEEPALIVE_TIME, "700");

            assertThat(outcome.succeeded()).as("write outcome %s", outcome).isTrue();
            assertThat(target.read(KEEPALIVE_TIME).map(SysctlValue::normalized)).contains("700");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DockerTestSupport.BUSYBOX, DockerTestSupport.NOSHELL})
    void setFromHostChangesOnlyTheContainer(String image) throws IOException {
        String hostBefore = hostValue(KEEPALIVE_TIME);
        try (SysctlContainer target = DockerTargets.start(keepalive600(image))) {
            target.setFromHost(KEEPALIVE_TIME, "650");

            assertThat(target.read(KEEPALIVE_TIME).map(SysctlValue::normalized)).contains("650");
        }
        assertThat(hostValue(KEEPALIVE_TIME)).isEqualTo(hostBefore);
    }

    @Test
    void setFromHostThroughHelperWhenPidIsHidden() throws IOException {
        String hostBefore = hostValue(KEEPALIVE_TIME);
        try (SysctlContainer target = DockerTargets.start(keepalive600(DockerTestSupport.NOSHELL))) {
            ((DockerTarget) target).hostSideWriter().set(KEEPALIVE_TIME, "640", false);

            assertThat(target.read(KEEPALIVE_TIME).map(SysctlValue::normalized)).contains("640");
            assertThat(target.probeWrite(KEEPALIVE_TIME).errno()).as("the target's /proc/sys stays read-only")
                    .contains(Errno.EROFS);
        }
        assertThat(hostValue(KEEPALIVE_TIME)).isEqualTo(hostBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {DockerTestSupport.BUSYBOX, DockerTestSupport.NOSHELL})
    void networkNamespacesDiffer(String image) throws IOException {
        long host = Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString()
                .replaceAll("\\D", ""));
        try (SysctlContainer first = DockerTargets.start(TargetSpec.of(RuntimeKind.DOCKER, image));
                SysctlContainer second = DockerTargets.start(TargetSpec.of(RuntimeKind.DOCKER, image))) {
            assertThat(first.networkNamespaceId()).isNotEqualTo(host);
            assertThat(second.networkNamespaceId()).isNotEqualTo(host);
            assertThat(first.networkNamespaceId()).isNotEqualTo(second.networkNamespaceId());
            assertThat(first.hostPid()).as("PID of a local container when run as root").isPresent();
            assertThat(Files.readSymbolicLink(Path.of("/proc/" + first.hostPid().getAsLong() + "/ns/net")))
                    .hasToString("net:[" + first.networkNamespaceId() + "]");
            assertThat(first.description()).isEqualTo("docker container " + first.id().substring(0, 12) + " ("
                    + image + ", runc, netns " + first.networkNamespaceId() + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DockerTestSupport.BUSYBOX, DockerTestSupport.NOSHELL})
    void execPathsMatchHostView(String image) throws IOException {
        try (SysctlContainer target = DockerTargets.start(TargetSpec.of(RuntimeKind.DOCKER, image))) {
            DockerTarget docker = (DockerTarget) target;
            long pid = target.hostPid().orElseThrow();

            assertThat(docker.networkNamespaceIdFromProbeRunner()).isEqualTo(target.networkNamespaceId());
            assertThat(docker.mountinfoFromProbeRunner())
                    .isEqualTo(Files.readString(Path.of("/proc/" + pid + "/mountinfo")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {DockerTestSupport.BUSYBOX, DockerTestSupport.NOSHELL})
    void listsKeysUnderProcSysNet(String image) {
        try (SysctlContainer target = DockerTargets.start(TargetSpec.of(RuntimeKind.DOCKER, image))) {
            List<SysctlKey> keys = target.listKeys();

            assertThat(keys).contains(KEEPALIVE_TIME, IP_FORWARD).doesNotContain(NETDEV_MAX_BACKLOG).isSorted();
            assertThat(keys).allSatisfy(key -> assertThat(key.components().get(0)).isEqualTo("net"));
        }
    }

    @Test
    void hostNetworkSharesHostNamespace() throws IOException {
        long host = Long.parseLong(Files.readSymbolicLink(Path.of("/proc/self/ns/net")).toString()
                .replaceAll("\\D", ""));
        TargetSpec spec = TargetSpec.of(RuntimeKind.DOCKER, DockerTestSupport.BUSYBOX).withNetwork(NetworkMode.HOST);
        try (SysctlContainer target = DockerTargets.start(spec)) {
            assertThat(target.networkNamespaceId()).isEqualTo(host);
            assertThat(target.read(NETDEV_MAX_BACKLOG).map(SysctlValue::normalized))
                    .as("a key of the initial namespace").contains(hostValue(NETDEV_MAX_BACKLOG));
        }
    }

    @Test
    void hostNetworkSysctlIsRejectedByRunc() {
        TargetSpec spec = TargetSpec.of(RuntimeKind.DOCKER, DockerTestSupport.BUSYBOX)
                .withNetwork(NetworkMode.HOST).withSysctls(Map.of(IP_FORWARD, "1"));

        assertThatThrownBy(() -> DockerTargets.start(spec))
                .isInstanceOfSatisfying(TargetStartException.class, e -> assertThat(e.runtimeMessage())
                        .contains("sysctl \"net.ipv4.ip_forward\" not allowed in host network namespace"))
                .hasMessageStartingWith("the runtime rejected the container of netsysctl/busybox:local with "
                        + "network host, sysctl net.ipv4.ip_forward=1: ");
    }

    @Test
    void invalidValueIsRejectedAtStart() {
        TargetSpec spec = TargetSpec.of(RuntimeKind.DOCKER, DockerTestSupport.BUSYBOX)
                .withSysctls(Map.of(KEEPALIVE_TIME, "abc"));

        assertThatThrownBy(() -> DockerTargets.start(spec))
                .isInstanceOfSatisfying(TargetStartException.class, e -> assertThat(e.runtimeMessage())
                        .contains("write /proc/sys/net/ipv4/tcp_keepalive_time: invalid argument"));
    }

    @Test
    void unknownKeyIsRejectedAtStart() {
        TargetSpec spec = TargetSpec.of(RuntimeKind.DOCKER, DockerTestSupport.BUSYBOX)
                .withSysctls(Map.of(SysctlKey.parse("net.ipv4.no_such_key"), "1"));

        assertThatThrownBy(() -> DockerTargets.start(spec))
                .isInstanceOfSatisfying(TargetStartException.class, e -> assertThat(e.runtimeMessage())
                        .contains("open /proc/sys/net/ipv4/no_such_key: no such file or directory"));
    }

    @Test
    void stoppedTargetNamesTheCause() {
        try (SysctlContainer target = DockerTargets.start(TargetSpec.of(RuntimeKind.DOCKER,
                DockerTestSupport.BUSYBOX))) {
            DockerTestSupport.run("docker", "kill", target.id());

            assertThatThrownBy(() -> target.read(KEEPALIVE_TIME))
                    .isInstanceOf(InfrastructureException.class)
                    .hasMessageStartingWith("cannot run cat in container " + target.id().substring(0, 12) + ": ")
                    .hasMessageContaining("is not running");
        }
    }

    @Test
    void privilegedNamesTheMachineLimit() {
        TargetSpec spec = TargetSpec.of(RuntimeKind.DOCKER, DockerTestSupport.BUSYBOX).withPrivileged(true);
        org.junit.jupiter.api.Assumptions.assumeFalse(privilegedWorks(),
                "docker run --privileged works on this machine");

        assertThatThrownBy(() -> DockerTargets.start(spec))
                .isInstanceOf(InfrastructureException.class)
                .hasMessageContaining("unable to apply caps: operation not permitted")
                .hasMessageContaining("securityOpt: [systempaths=unconfined]");
    }

    private static boolean privilegedWorks() {
        try {
            Process process = new ProcessBuilder("docker", "run", "--rm", "--privileged", DockerTestSupport.BUSYBOX,
                    "true").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void missingImageIsNeverPulled() {
        String version = DockerTestSupport.run("docker", "version", "--format", "{{.Server.Version}}").strip();
        TargetSpec spec = TargetSpec.of(RuntimeKind.DOCKER, "netsysctl/missing:local");

        assertThatThrownBy(() -> DockerTargets.start(spec))
                .isInstanceOf(InfrastructureException.class)
                .hasMessage("image netsysctl/missing:local not found on the Docker engine (" + version + "); build it "
                        + "or docker load it, because netsysctl never pulls. The default images are built by "
                        + "scripts/prepare-host.sh (as root)");
    }
}
