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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs a host command to completion and collects its output, for probes that run one process per batch. */
public final class CommandRunner {

    /** The time a probe command may take before it is killed. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Daemon threads for blocking pipe I/O. The common ForkJoinPool is not used because it has a single thread
     * on a 2-core machine, and a pipe that blocks it stalls every other task there.
     */
    public static final Executor IO = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "netsysctl-process-io");
        thread.setDaemon(true);
        return thread;
    });

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
        return run(command, new byte[0], timeout);
    }

    /**
     * Runs {@code command} with {@code input} on its standard input, for example a script for {@code sh -s},
     * which is not subject to the 128 KiB limit Linux puts on one command-line argument.
     *
     * @throws InfrastructureException when the program cannot be started or does not finish within
     *     {@code timeout}; the command is killed then. Also when it exits but a process it started in the
     *     background keeps its output open past {@code timeout}, counted from the start.
     */
    public static Result run(List<String> command, byte[] input, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new InfrastructureException("cannot run " + command.get(0) + ": " + e.getMessage()
                    + "; install it (util-linux provides unshare and nsenter)", e);
        }
        try {
            CompletableFuture<Void> stdin = CompletableFuture.runAsync(() -> writeAll(process, input), IO);
            CompletableFuture<byte[]> stderr = CompletableFuture.supplyAsync(
                    () -> readAll(process.getErrorStream()), IO);
            CompletableFuture<byte[]> stdout = CompletableFuture.supplyAsync(
                    () -> readAll(process.getInputStream()), IO);
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new InfrastructureException("command timed out after " + timeout.toSeconds() + " s: "
                        + describe(command));
            }
            awaitPipe(stdin, deadline, command, process.exitValue(), timeout);
            byte[] out = awaitPipe(stdout, deadline, command, process.exitValue(), timeout);
            byte[] err = awaitPipe(stderr, deadline, command, process.exitValue(), timeout);
            return new Result(command, process.exitValue(), out, new String(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while running " + command.get(0), e);
        }
    }

    /** Waits until {@code deadline} for a pipe, which a background child of the command may hold open. */
    private static <T> T awaitPipe(CompletableFuture<T> pipe, long deadline, List<String> command, int exitCode,
            Duration timeout) throws InterruptedException {
        try {
            return pipe.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new InfrastructureException("command exited with code " + exitCode + " but its standard input "
                    + "or output was still open " + timeout.toSeconds() + " s after it started, held by a process "
                    + "it left running in the background; end that process or redirect its output: "
                    + describe(command), e);
        } catch (ExecutionException e) {
            throw new InfrastructureException("cannot read the output of " + describe(command) + ": "
                    + e.getCause(), e.getCause());
        }
    }

    private static String describe(List<String> command) {
        return String.join(" ", command.subList(0, Math.min(command.size(), 6)));
    }

    /** Writes the input and closes the pipe; a command that exits without reading it is not an error. */
    private static void writeAll(Process process, byte[] input) {
        try (var out = process.getOutputStream()) {
            out.write(input);
        } catch (IOException e) {
            // A closed pipe means the command exited early; its exit code and stderr tell why.
        }
    }

    /** Reads a stream to its end and closes it. */
    public static byte[] readAll(InputStream in) {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
