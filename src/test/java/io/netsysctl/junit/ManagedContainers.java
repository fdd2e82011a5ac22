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

    /**
     * Returns the ids of the containers, running or not, that this JVM created: labelled
     * {@code io.netsysctl.managed=true} with an {@code io.netsysctl.owner} label of the form
     * {@code BOOT_ID/PID_NAMESPACE/PID/START_TIME} naming this process. Other builds on the same engine create
     * managed containers too, so a check of all of them would depend on what else runs.
     */
    static Set<String> ownedByThisJvm() {
        String pid = Long.toString(ProcessHandle.current().pid());
        Set<String> owned = new TreeSet<>();
        for (String line : docker("ps", "-a", "--no-trunc", "--filter", "label=io.netsysctl.managed=true",
                "--format", "{{.ID}} {{.Label \"io.netsysctl.owner\"}}")) {
            String[] columns = line.split(" ", 2);
            String[] owner = columns.length < 2 ? new String[0] : columns[1].split("/");
            if (owner.length == 4 && owner[2].equals(pid)) {
                owned.add(columns[0]);
            }
        }
        return owned;
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
