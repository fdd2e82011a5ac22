package io.netsysctl.junit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** Lists the containers netsysctl created, by their label, with the docker CLI. */
final class ManagedContainers {

    private ManagedContainers() {
    }

    /** Returns the full ids of every container, running or not, labelled {@code io.netsysctl.managed=true}. */
    static Set<String> ids() {
        return docker("ps", "-a", "-q", "--no-trunc", "--filter", "label=io.netsysctl.managed=true");
    }

    /** Returns whether a container with this id exists, running or not. */
    static boolean exists(String id) {
        return !docker("ps", "-a", "-q", "--no-trunc", "--filter", "id=" + id).isEmpty();
    }

    private static Set<String> docker(String... arguments) {
        String[] command = new String[arguments.length + 1];
        command[0] = "docker";
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return new TreeSet<>(output.lines().filter(line -> !line.isBlank()).toList());
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " failed to start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
