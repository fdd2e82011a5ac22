package io.netsysctl.target.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.ExecCreateCmdResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import io.netsysctl.target.InfrastructureException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a POSIX sh script in a running container through one exec ({@code sh -c SCRIPT}): one create, one
 * attached start and one inspect for the exit code, the requests {@code docker exec} sends too.
 */
final class ScriptRunner {

    /** How long one script may run; a batch read of every key under /proc/sys/net takes well under a second. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final DockerClient client;
    private final String containerId;

    ScriptRunner(DockerClient client, String containerId) {
        this.client = client;
        this.containerId = containerId;
    }

    String containerId() {
        return containerId;
    }

    /** The exit code and the bytes the command wrote to stdout and stderr. */
    record Result(long exitCode, byte[] stdout, String stderr) {

        String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }
    }

    /** Runs {@code sh -c script}. */
    Result run(String script) {
        return exec("sh", "-c", script);
    }

    /** Runs {@code command} with its arguments, without a shell. */
    Result exec(String... command) {
        ExecCreateCmdResponse created;
        try {
            created = client.execCreateCmd(containerId).withCmd(command).withAttachStdout(true)
                    .withAttachStderr(true).exec();
        } catch (DockerException e) {
            throw new InfrastructureException("cannot run " + command[0] + " in container "
                    + ContainerRegistry.shortId(containerId) + ": " + EngineErrors.messageOf(e)
                    + " (a target's main process must keep running while it is probed)", e);
        }
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        ResultCallback.Adapter<Frame> callback = new ResultCallback.Adapter<>() {
            @Override
            public void onNext(Frame frame) {
                byte[] payload = frame.getPayload();
                if (payload == null) {
                    return;
                }
                if (frame.getStreamType() == StreamType.STDERR) {
                    stderr.writeBytes(payload);
                } else {
                    stdout.writeBytes(payload);
                }
            }
        };
        try (ResultCallback.Adapter<Frame> running = client.execStartCmd(created.getId()).exec(callback)) {
            if (!running.awaitCompletion(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new InfrastructureException("exec of " + command[0] + " in container "
                        + ContainerRegistry.shortId(containerId) + " did not finish within " + TIMEOUT.toSeconds()
                        + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while waiting for an exec in container "
                    + ContainerRegistry.shortId(containerId), e);
        } catch (java.io.IOException e) {
            throw new InfrastructureException("cannot close the exec stream of container "
                    + ContainerRegistry.shortId(containerId), e);
        }
        Long exitCode = client.inspectExecCmd(created.getId()).exec().getExitCodeLong();
        return new Result(exitCode == null ? -1 : exitCode, stdout.toByteArray(),
                stderr.toString(StandardCharsets.UTF_8));
    }
}
