package io.netsysctl.target.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Reads the last lines a container wrote, for messages about containers that stopped. */
final class ContainerLogs {

    private ContainerLogs() {
    }

    /** Returns the last {@code lines} lines of stdout and stderr, or a note when the logs cannot be read. */
    static String tail(DockerClient client, String containerId, int lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ResultCallback.Adapter<Frame> callback = client.logContainerCmd(containerId).withStdOut(true)
                .withStdErr(true).withTail(lines).exec(new ResultCallback.Adapter<>() {
                    @Override
                    public void onNext(Frame frame) {
                        if (frame.getPayload() != null) {
                            out.writeBytes(frame.getPayload());
                        }
                    }
                })) {
            callback.awaitCompletion(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | java.io.IOException e) {
            return "(cannot read the logs: " + e.getMessage() + ")";
        }
        return out.toString(StandardCharsets.UTF_8).stripTrailing();
    }
}
