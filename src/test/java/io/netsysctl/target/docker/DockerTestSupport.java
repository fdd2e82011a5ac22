package io.netsysctl.target.docker;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/** Shared steps of the Docker integration tests. */
final class DockerTestSupport {

    static final String BUSYBOX = "netsysctl/busybox:local";
    static final String NOSHELL = "netsysctl/noshell:local";

    private DockerTestSupport() {
    }

    /** Skips the test when no engine answers, except under CI ({@code CI=true}), where it fails. */
    static void requireEngine() {
        if (DockerEngine.isReachable()) {
            return;
        }
        String message = "no Docker engine answers at " + EngineEndpoint.fromEnvironment()
                + "; run scripts/prepare-host.sh as root";
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " (CI=true: Docker tests must run)");
        }
        Assumptions.abort(message);
    }

    /** Runs a command and returns its stdout, failing the test when it exits non-zero. */
    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                fail(String.join(" ", command) + " exited with " + process.exitValue() + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + List.of(command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs {@code mainClass} in a new JVM with this JVM's class path and returns its output (stdout and stderr),
     * failing the test when it exits non-zero.
     */
    static String runJvm(List<String> jvmOptions, Class<?> mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            fail(mainClass.getSimpleName() + " failed in a new JVM; output:\n" + output);
        }
        return output;
    }

    /** Returns the ids of every container, running or not, that carries all of {@code labels}. */
    static List<String> containersWithLabel(String... labels) {
        List<String> command = new java.util.ArrayList<>(List.of("docker", "ps", "-a", "--no-trunc", "--quiet"));
        for (String label : labels) {
            command.add("--filter");
            command.add("label=" + label);
        }
        String out = run(command.toArray(String[]::new));
        return out.isBlank() ? List.of() : List.of(out.strip().split("\n"));
    }

    /** Removes containers that may already be gone, for example removed by another JVM's stale sweep. */
    static void removeIfPresent(String... ids) {
        List<String> command = new java.util.ArrayList<>(List.of("docker", "rm", "-f"));
        command.addAll(List.of(ids));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
