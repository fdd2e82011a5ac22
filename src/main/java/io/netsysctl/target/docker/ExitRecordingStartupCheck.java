package io.netsysctl.target.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import java.util.Optional;
import org.testcontainers.containers.startupcheck.IsRunningStartupCheckStrategy;

/**
 * Testcontainers' running check that also records the exit code and the last log lines of a container that
 * stopped during start, because Testcontainers removes such a container before its exception reaches netsysctl.
 */
final class ExitRecordingStartupCheck extends IsRunningStartupCheckStrategy {

    /** The exit code, the engine's error text and the last log lines of a container that stopped. */
    record Exit(long exitCode, String error, String logTail) {
    }

    private final int logLines;
    private volatile Exit exit;

    ExitRecordingStartupCheck(int logLines) {
        this.logLines = logLines;
    }

    Optional<Exit> exit() {
        return Optional.ofNullable(exit);
    }

    @Override
    public StartupStatus checkStartupState(DockerClient client, String containerId) {
        StartupStatus status = super.checkStartupState(client, containerId);
        if (status == StartupStatus.FAILED) {
            InspectContainerResponse.ContainerState state = getCurrentState(client, containerId);
            Long code = state.getExitCodeLong();
            exit = new Exit(code == null ? -1 : code, state.getError() == null ? "" : state.getError().strip(),
                    ContainerLogs.tail(client, containerId, logLines));
        }
        return status;
    }
}
