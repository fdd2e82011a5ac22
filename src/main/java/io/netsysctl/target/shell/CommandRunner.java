package io.netsysctl.target.shell;

import io.netsysctl.target.InfrastructureException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a host command to completion and collects its output, for probes that run one process per batch. */
public final class CommandRunner {

    /** The time a probe command may take before it is killed. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private CommandRunner() {
    }

    /**
     * The finished command.
     *
     * @param command the command line, for messages
     * @param exitCode the exit code
     * @param stdout the standard output, as bytes
     * @param stderr the standard error, decoded as UTF-8
     */
    public record Result(List<String> command, int exitCode, byte[] stdout, String stderr) {

        public String stdoutText() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        /** Returns whether the command exited with code 0. */
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    /**
     * Runs {@code command} with standard input closed.
     *
     * @throws InfrastructureException when the program cannot be started or does not finish within
     *     {@code timeout}; the command is killed then
     */
    public static Result run(List<String> command, Duration timeout) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new InfrastructureException("cannot run " + command.get(0) + ": " + e.getMessage()
                    + "; install it (util-linux provides unshare and nsenter)", e);
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] stdout = readAll(process.getInputStream());
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new InfrastructureException("command timed out after " + timeout.toSeconds() + " s: "
                        + String.join(" ", command.subList(0, Math.min(command.size(), 6))));
            }
            return new Result(command, process.exitValue(), stdout,
                    new String(stderr.join(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while running " + command.get(0), e);
        }
    }

    static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
