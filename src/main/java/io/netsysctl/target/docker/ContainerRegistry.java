package io.netsysctl.target.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import io.netsysctl.target.host.ProcSysFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Labels the containers this JVM creates, removes them on close and at JVM exit, and removes containers
 * whose owning process has died.
 *
 * <p>The owner label is {@code BOOT_ID/PID_NAMESPACE/PID/START_TIME}: the kernel's boot id, the inode of this
 * JVM's PID namespace, its PID and its start time in clock ticks (field 22 of {@code /proc/PID/stat}). A
 * labelled container is stale when its owner ran on this boot in this PID namespace and no process with that
 * PID and start time exists any more. Containers of owners this JVM cannot see (another PID namespace,
 * another machine sharing the engine) are never removed.
 */
final class ContainerRegistry {

    static final String MANAGED_LABEL = "io.netsysctl.managed";
    static final String OWNER_LABEL = "io.netsysctl.owner";
    static final String ROLE_LABEL = "io.netsysctl.role";

    private static final Logger LOG = LoggerFactory.getLogger(ContainerRegistry.class);
    private static final Set<String> LIVE_CONTAINERS = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOK_INSTALLED = new AtomicBoolean();
    private static final String OWNER = ownerOf(ProcessHandle.current().pid())
            .orElseThrow(() -> new IllegalStateException("cannot read /proc/self/stat to label containers"));

    private ContainerRegistry() {
    }

    /** Returns the owner label value of this JVM. */
    static String owner() {
        return OWNER;
    }

    /** Returns the labels for a container this JVM creates in the given role ({@code target}, {@code helper}). */
    static Map<String, String> labels(String role) {
        return Map.of(MANAGED_LABEL, "true", OWNER_LABEL, OWNER, ROLE_LABEL, role);
    }

    /** Records a container this JVM created, so the shutdown hook removes it if nothing else does. */
    static void track(String containerId) {
        LIVE_CONTAINERS.add(containerId);
        if (HOOK_INSTALLED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(ContainerRegistry::removeAllAtExit,
                    "netsysctl-container-cleanup"));
        }
    }

    /**
     * Removes a container with its volumes; a container that is already gone counts as removed. A container
     * whose removal fails stays tracked, so the shutdown hook tries again.
     */
    static void remove(DockerClient client, String containerId) {
        try {
            client.removeContainerCmd(containerId).withForce(true).withRemoveVolumes(true).exec();
            LOG.debug("removed container {}", containerId);
        } catch (NotFoundException e) {
            LOG.debug("container {} was already removed", containerId);
        }
        LIVE_CONTAINERS.remove(containerId);
    }

    /** Returns whether the shutdown hook would remove {@code containerId}. */
    static boolean isTracked(String containerId) {
        return LIVE_CONTAINERS.contains(containerId);
    }

    /**
     * Runs {@code work}, then removes the container. When both fail, the removal error is added to the
     * failure of {@code work} as suppressed, so the first cause is the one thrown.
     */
    static <T> T removeAfter(DockerClient client, String containerId, Supplier<T> work) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException | Error e) {
            removeAfterFailure(client, containerId, e);
            throw e;
        }
        remove(client, containerId);
        return result;
    }

    /** Removes a container after {@code failure}; a removal error is logged and added to it as suppressed. */
    static void removeAfterFailure(DockerClient client, String containerId, Throwable failure) {
        try {
            remove(client, containerId);
        } catch (RuntimeException e) {
            LOG.warn("cannot remove container {} after a failure: {}", shortId(containerId), e.toString());
            failure.addSuppressed(e);
        }
    }

    private static void removeAllAtExit() {
        if (LIVE_CONTAINERS.isEmpty()) {
            return;
        }
        DockerClient client;
        try {
            client = DockerEngine.get().client();
        } catch (RuntimeException e) {
            System.err.println("netsysctl: cannot remove containers " + LIVE_CONTAINERS + " at exit: " + e);
            return;
        }
        for (String id : List.copyOf(LIVE_CONTAINERS)) {
            try {
                remove(client, id);
            } catch (RuntimeException e) {
                // Logging may already be shut down here.
                System.err.println("netsysctl: cannot remove container " + id + " at exit: " + e);
            }
        }
    }

    /** Removes every labelled container whose owner process is dead; logs each at INFO. */
    static void removeStaleContainers(DockerClient client) {
        List<Container> containers = client.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(MANAGED_LABEL, "true")).exec();
        for (Container container : containers) {
            String owner = container.getLabels() == null ? null : container.getLabels().get(OWNER_LABEL);
            if (owner == null || !isStale(owner)) {
                continue;
            }
            LOG.info("removing container {} left by the dead process {} ({})", shortId(container.getId()), owner,
                    String.join(",", container.getNames() == null ? new String[0] : container.getNames()));
            try {
                remove(client, container.getId());
            } catch (RuntimeException e) {
                LOG.warn("cannot remove the stale container {}: {}", container.getId(), e.toString());
            }
        }
    }

    /** Returns whether {@code owner} names a process of this boot and PID namespace that no longer runs. */
    static boolean isStale(String owner) {
        String[] parts = owner.split("/");
        String[] mine = OWNER.split("/");
        if (parts.length != 4 || !parts[0].equals(mine[0]) || !parts[1].equals(mine[1])) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            return false;
        }
        return ownerOf(pid).map(current -> !current.equals(owner)).orElse(true);
    }

    /** Returns the owner label value for the process {@code pid}, or empty when no such process exists. */
    static Optional<String> ownerOf(long pid) {
        try {
            String bootId = ProcSysFiles.readProcFile(Path.of("/proc/sys/kernel/random/boot_id")).strip();
            String pidNamespace = Files.readSymbolicLink(Path.of("/proc/self/ns/pid")).toString()
                    .replaceAll("\\D", "");
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"), StandardCharsets.UTF_8);
            // The command name in field 2 may contain spaces and parentheses: count fields after the last ')'.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            String startTime = fields[19];
            return Optional.of(bootId + "/" + pidNamespace + "/" + pid + "/" + startTime);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
