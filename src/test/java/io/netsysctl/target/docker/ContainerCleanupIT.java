package io.netsysctl.target.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.TargetSpec;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContainerCleanupIT {

    @BeforeAll
    static void engine() {
        DockerTestSupport.requireEngine();
    }

    @Test
    void closeRemovesTargetAndHelpers() {
        String id;
        try (SysctlContainer target = DockerTargets.start(TargetSpec.of(RuntimeKind.DOCKER,
                DockerTestSupport.NOSHELL))) {
            id = target.id();
            assertThat(DockerTestSupport.containersWithLabel(ContainerRegistry.MANAGED_LABEL)).contains(id);
            assertThat(DockerTestSupport.containersWithLabel(ContainerRegistry.ROLE_LABEL + "=helper",
                    ContainerRegistry.OWNER_LABEL + "=" + ContainerRegistry.owner()))
                    .as("the helper of the shell-less target").hasSize(1);
        }

        assertThat(DockerTestSupport.containersWithLabel(ContainerRegistry.MANAGED_LABEL)).doesNotContain(id);
        assertThat(DockerTestSupport.containersWithLabel(
                ContainerRegistry.OWNER_LABEL + "=" + ContainerRegistry.owner())).isEmpty();
    }

    @Test
    void staleContainerOfDeadOwnerIsRemoved() throws Exception {
        DockerEngine engine = DockerEngine.get();
        String deadOwner = ownerOfEndedProcess();
        Process live = new ProcessBuilder("sleep", "120").start();
        String liveOwner = ContainerRegistry.ownerOf(live.pid()).orElseThrow();
        String stale = createLabelled(deadOwner);
        String kept = createLabelled(liveOwner);
        try {
            ContainerRegistry.removeStaleContainers(engine.client());

            assertThat(DockerTestSupport.containersWithLabel(ContainerRegistry.MANAGED_LABEL))
                    .as("containers after the stale sweep").doesNotContain(stale).contains(kept);
        } finally {
            live.destroy();
            DockerTestSupport.removeIfPresent(stale, kept);
        }
    }

    @Test
    void staleContainerIsRemovedAtFirstEngineUseOfNewJvm() throws Exception {
        String deadOwner = ownerOfEndedProcess();
        String stale = createLabelled(deadOwner);
        try {
            String output = DockerTestSupport.runJvm(List.of(), EngineFirstUse.class);

            assertThat(DockerTestSupport.containersWithLabel(ContainerRegistry.MANAGED_LABEL)).doesNotContain(stale);
            assertThat(output).contains("removing container " + stale.substring(0, 12) + " left by the dead process "
                    + deadOwner);
        } finally {
            DockerTestSupport.removeIfPresent(stale);
        }
    }

    @Test
    void ownerOfOtherPidNamespaceIsNeverStale() {
        String[] mine = ContainerRegistry.owner().split("/");

        assertThat(ContainerRegistry.isStale(mine[0] + "/1/999999999/1")).isFalse();
        assertThat(ContainerRegistry.isStale("other-boot/" + mine[1] + "/999999999/1")).isFalse();
        assertThat(ContainerRegistry.isStale(mine[0] + "/" + mine[1] + "/999999999/1")).isTrue();
        assertThat(ContainerRegistry.isStale(ContainerRegistry.owner())).isFalse();
    }

    /** Returns the owner label of a process that this method started and ended. */
    private static String ownerOfEndedProcess() throws Exception {
        Process process = new ProcessBuilder("sleep", "60").start();
        String owner = ContainerRegistry.ownerOf(process.pid()).orElseThrow();
        process.destroy();
        process.waitFor();
        return owner;
    }

    private static String createLabelled(String owner) {
        return DockerTestSupport.run("docker", "create", "--label", ContainerRegistry.MANAGED_LABEL + "=true",
                "--label", ContainerRegistry.OWNER_LABEL + "=" + owner, DockerTestSupport.BUSYBOX).strip();
    }

    @Test
    void exitedContainerReportsExitCodeAndLogs() throws IOException {
        String image = "netsysctl/exits:test";
        buildExitingImage(image);
        try {
            assertThatThrownBy(() -> DockerTargets.start(TargetSpec.of(RuntimeKind.DOCKER, image)))
                    .isInstanceOf(InfrastructureException.class)
                    .hasMessageContaining("the container of netsysctl/exits:test exited with code 3 right after start")
                    .hasMessageContaining("netsysctl-exit-marker");
            assertThat(DockerTestSupport.containersWithLabel(
                    ContainerRegistry.OWNER_LABEL + "=" + ContainerRegistry.owner())).isEmpty();
        } finally {
            DockerTestSupport.run("docker", "rmi", "-f", image);
        }
    }

    private static void buildExitingImage(String image) throws IOException {
        String dockerfile = "FROM " + DockerTestSupport.BUSYBOX + "\n"
                + "CMD [\"sh\", \"-c\", \"echo netsysctl-exit-marker; exit 3\"]\n";
        Process build = new ProcessBuilder("docker", "build", "-q", "-t", image, "-")
                .redirectErrorStream(true).start();
        build.getOutputStream().write(dockerfile.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        build.getOutputStream().close();
        String output = new String(build.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            assertThat(build.waitFor()).as("docker build output: %s", output).isZero();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
