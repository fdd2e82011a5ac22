package io.netsysctl.target.sandbox;

import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.shell.CommandRunner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;

/**
 * The long-lived main process of a sandbox: starts it, waits for its ready record and stops it. Its standard
 * output is read line by line on a daemon thread; its standard input stays open until {@link #stop}.
 */
final class SandboxProcess {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final String END_OF_OUTPUT = "\000eof";

    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> stderr;
    private final Logger log;

    /** The outcome of the start: ready, or the process exited with this code, stdout lines and stderr. */
    record Exit(int exitCode, List<String> stdout, String stderr) {
    }

    SandboxProcess(List<String> command, Logger log) {
        this.log = log;
        try {
            this.process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new InfrastructureException("cannot start the namespace sandbox: " + e.getMessage()
                    + "; install util-linux, which provides unshare and nsenter", e);
        }
        this.stderr = CompletableFuture.supplyAsync(
                () -> new String(CommandRunner.readAll(process.getErrorStream()), StandardCharsets.UTF_8),
                CommandRunner.IO);
        Thread reader = new Thread(this::readLines, "netsysctl-sandbox-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits for the ready record.
     *
     * @return empty when the sandbox is ready, otherwise how the process exited
     * @throws InfrastructureException when neither happens within {@link #READY_TIMEOUT}; the process is stopped
     */
    Optional<Exit> awaitReady(String readyRecord) {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try {
            while (true) {
                String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (line == null) {
                    stop();
                    throw new InfrastructureException("the namespace sandbox did not become ready within "
                            + READY_TIMEOUT.toSeconds() + " s; output so far: " + seen);
                }
                if (line.equals(readyRecord)) {
                    return Optional.empty();
                }
                if (line.equals(END_OF_OUTPUT)) {
                    boolean exited = process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                    int code = exited ? process.exitValue() : -1;
                    if (!exited) {
                        stop();
                    }
                    return Optional.of(new Exit(code, seen, stderrText()));
                }
                seen.add(line);
            }
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while starting the namespace sandbox", e);
        }
    }

    /**
     * Stops the process: closing its standard input ends the script's {@code read}; a process that is still
     * alive after {@link #STOP_TIMEOUT} gets SIGTERM, then SIGKILL. Its children are killed too.
     */
    void stop() {
        List<ProcessHandle> children = process.descendants().toList();
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            log.debug("Closing the sandbox's standard input failed: {}", e.toString());
        }
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Sandbox process {} did not exit after its input closed; sending SIGTERM", process.pid());
                process.destroy();
                if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void readLines() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            log.debug("Reading the sandbox's output failed: {}", e.toString());
        } finally {
            lines.add(END_OF_OUTPUT);
        }
    }

    /** Returns the standard error, waiting at most {@link #STOP_TIMEOUT} for a child to close it. */
    private String stderrText() throws InterruptedException {
        try {
            return stderr.get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return "(standard error still open after the sandbox exited)";
        } catch (ExecutionException e) {
            return "(cannot read standard error: " + e.getCause() + ")";
        }
    }
}
