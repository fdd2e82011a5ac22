package io.netsysctl.target.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.TargetSpec;
import io.netsysctl.target.shell.KeyRead;
import io.netsysctl.target.shell.MountInfo;
import io.netsysctl.target.shell.NetnsId;
import io.netsysctl.target.shell.ProbeScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Docker container as a sysctl target.
 *
 * <p>Reads run as one exec of {@code cat} ({@link CatBatchRead}); listings and write probes as one exec of a
 * POSIX sh script in the container. When the image
 * has no {@code sh} or no {@code cat}, they run in a helper container that joins the target's network and PID
 * namespaces ({@code --network container:ID --pid container:ID}): network sysctls resolve in the reader's
 * network namespace, so the helper's own {@code /proc/sys/net} shows the target's values, and write probes go
 * through {@code /proc/1/root/proc/sys}, the target's own read-only mount. That path needs the shared PID
 * namespace (PID 1 is then the target's main process) and ptrace read access to that process, which a root
 * helper with Docker's default capabilities has for a target with the same capabilities; the write then fails
 * with EROFS exactly as inside the target, and succeeds when the target runs with
 * {@code systempaths=unconfined}.
 *
 * <p>NOTE: through the helper, keys of the UTS and IPC namespaces ({@code kernel.hostname}, {@code kernel.shm*})
 * are the helper's, because Docker cannot share a UTS namespace and shares an IPC namespace only when the
 * target was started with {@code --ipc shareable}.
 */
final class DockerTarget implements SysctlContainer {

    /** Keys per exec; keeps one command line far below Linux's argument limits (128 KiB for one argument). */
    private static final int KEYS_PER_EXEC = 1500;
    private static final String HELPER_ROOT = "/proc/1/root";

    private final Logger log;
    private final DockerEngine engine;
    private final DockerClient client;
    private final String id;
    private final TargetSpec spec;
    private final String runtime;
    private final OptionalLong hostPid;
    private final List<String> helperIds = new ArrayList<>();
    private ScriptRunner probeRunner;
    private String writeRoot;
    private long networkNamespaceId;
    private boolean closed;

    DockerTarget(DockerEngine engine, DockerClient client, String id, TargetSpec spec,
            InspectContainerResponse inspect) {
        this.log = LoggerFactory.getLogger("io.netsysctl.target.docker." + spec.image());
        this.engine = engine;
        this.client = client;
        this.id = id;
        this.spec = spec;
        String configured = inspect.getHostConfig() == null ? null : inspect.getHostConfig().getRuntime();
        this.runtime = configured == null || configured.isBlank() ? engine.defaultRuntime() : configured;
        this.hostPid = visiblePid(engine, id, inspect);
        try {
            chooseProbeRunner();
            this.networkNamespaceId = readNetworkNamespaceId();
        } catch (RuntimeException e) {
            helperIds.forEach(helper -> removeQuietly(helper, e));
            throw e;
        }
    }

    private static OptionalLong visiblePid(DockerEngine engine, String id, InspectContainerResponse inspect) {
        Long pid = inspect.getState() == null ? null : inspect.getState().getPidLong();
        if (!engine.isLocal() || pid == null || pid <= 0) {
            return OptionalLong.empty();
        }
        // The engine reports the PID in its own PID namespace; it names this container's process here only
        // when the process's cgroup path contains the container id.
        try {
            String cgroup = Files.readString(Path.of("/proc/" + pid + "/cgroup"));
            Files.readSymbolicLink(Path.of("/proc/" + pid + "/ns/net"));
            return cgroup.contains(id) ? OptionalLong.of(pid) : OptionalLong.empty();
        } catch (IOException | SecurityException e) {
            return OptionalLong.empty();
        }
    }

    private void chooseProbeRunner() {
        ScriptRunner inTarget = new ScriptRunner(client, id);
        ScriptRunner.Result check = null;
        try {
            check = inTarget.run("command -v cat >/dev/null && printf netsysctl-shell");
        } catch (RuntimeException e) {
            log.debug("no shell in {}: {}", ContainerRegistry.shortId(id), e.toString());
        }
        if (check != null && check.exitCode() == 0 && check.stdoutText().equals("netsysctl-shell")) {
            probeRunner = inTarget;
            writeRoot = "";
            return;
        }
        String helper = HelperContainers.start(engine, "helper", config -> config
                .withNetworkMode("container:" + id).withPidMode("container:" + id));
        helperIds.add(helper);
        log.info("image {} has no sh or cat; probing container {} from helper {} ({})", spec.image(),
                ContainerRegistry.shortId(id), ContainerRegistry.shortId(helper), HelperContainers.image());
        probeRunner = new ScriptRunner(client, helper);
        writeRoot = HELPER_ROOT;
    }

    private long readNetworkNamespaceId() {
        if (hostPid.isPresent()) {
            try {
                return NetnsId.parse(Files.readSymbolicLink(Path.of("/proc/" + hostPid.getAsLong() + "/ns/net"))
                        .toString());
            } catch (IOException e) {
                log.debug("cannot read /proc/{}/ns/net: {}", hostPid.getAsLong(), e.toString());
            }
        }
        return networkNamespaceIdFromProbeRunner();
    }

    /** Reads the namespace id inside the target, or inside the helper that shares its network namespace. */
    long networkNamespaceIdFromProbeRunner() {
        ScriptRunner.Result result = probeRunner.exec("readlink", "/proc/self/ns/net");
        if (result.exitCode() != 0) {
            throw new InfrastructureException("cannot read the network namespace of container "
                    + ContainerRegistry.shortId(id) + ": readlink /proc/self/ns/net exited with "
                    + result.exitCode() + ": " + result.stderr().strip());
        }
        return NetnsId.parse(result.stdoutText());
    }

    @Override
    public String description() {
        return "docker container " + ContainerRegistry.shortId(id) + " (" + spec.image() + ", " + runtime
                + ", netns " + networkNamespaceId + ")";
    }

    @Override
    public String runtime() {
        return runtime;
    }

    @Override
    public long networkNamespaceId() {
        return networkNamespaceId;
    }

    @Override
    public String image() {
        return spec.image();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public OptionalLong hostPid() {
        return hostPid;
    }

    @Override
    public Map<SysctlKey, Optional<SysctlValue>> read(Collection<SysctlKey> keys) {
        return readWith(probeRunner, keys, description());
    }

    static Map<SysctlKey, Optional<SysctlValue>> readWith(ScriptRunner runner, Collection<SysctlKey> keys,
            String description) {
        List<SysctlKey> ordered = List.copyOf(new LinkedHashSet<>(keys));
        Map<SysctlKey, Optional<SysctlValue>> values = new LinkedHashMap<>();
        for (int from = 0; from < ordered.size(); from += KEYS_PER_EXEC) {
            List<SysctlKey> chunk = ordered.subList(from, Math.min(ordered.size(), from + KEYS_PER_EXEC));
            CatBatchRead.Result fast = CatBatchRead.read(runner, chunk);
            Map<SysctlKey, KeyRead> reads = new HashMap<>(fast.reads());
            if (!fast.unresolved().isEmpty()) {
                reads.putAll(scriptRead(runner, fast.unresolved(), description));
            }
            for (SysctlKey key : chunk) {
                values.put(key, reads.get(key).toOptional(description));
            }
        }
        return values;
    }

    /** Reads keys with the shell script that runs {@code cat} once per key and names each failure. */
    private static Map<SysctlKey, KeyRead> scriptRead(ScriptRunner runner, List<SysctlKey> keys,
            String description) {
        ScriptRunner.Result result = runner.run(ProbeScripts.batchRead("", keys));
        if (result.exitCode() != 0) {
            throw new InfrastructureException("the batch read in " + description + " exited with "
                    + result.exitCode() + ": " + result.stderr().strip());
        }
        return ProbeScripts.parseBatchRead(keys, result.stdout());
    }

    @Override
    public List<SysctlKey> listKeys() {
        ScriptRunner.Result result = probeRunner.run(ProbeScripts.listKeys(""));
        if (result.exitCode() != 0) {
            throw new InfrastructureException("listing /proc/sys/net in " + description() + " exited with "
                    + result.exitCode() + ": " + result.stderr().strip());
        }
        return ProbeScripts.parseListKeys("", result.stdoutText());
    }

    @Override
    public WriteOutcome probeWrite(SysctlKey key) {
        return write(ProbeScripts.writeProbe(writeRoot, key, Optional.empty()));
    }

    @Override
    public WriteOutcome probeWrite(SysctlKey key, String value) {
        return write(ProbeScripts.writeProbe(writeRoot, key, Optional.of(value)));
    }

    @Override
    public WriteOutcome probeWriteUnder(String path) {
        return write(ProbeScripts.writeUnder(writeRoot, path));
    }

    private WriteOutcome write(String script) {
        ScriptRunner.Result result = probeRunner.run(script);
        return ProbeScripts.parseWrite(writeRoot, result.stdoutText());
    }

    @Override
    public Optional<MountEntry> mountOf(String path) {
        return MountInfo.find(MountInfo.parse(mountinfo()), path);
    }

    private String mountinfo() {
        if (hostPid.isPresent()) {
            try {
                return Files.readString(Path.of("/proc/" + hostPid.getAsLong() + "/mountinfo"));
            } catch (IOException e) {
                log.debug("cannot read /proc/{}/mountinfo: {}", hostPid.getAsLong(), e.toString());
            }
        }
        return mountinfoFromProbeRunner();
    }

    /** Reads the target's mountinfo through an exec in the target or its helper. */
    String mountinfoFromProbeRunner() {
        // In a helper that shares the target's PID namespace, PID 1 is the target's main process.
        ScriptRunner.Result result = probeRunner.exec("cat", "/proc/1/mountinfo");
        if (result.exitCode() != 0) {
            throw new InfrastructureException("cannot read /proc/1/mountinfo in " + description() + ": "
                    + result.stderr().strip());
        }
        return result.stdoutText();
    }

    @Override
    public void setFromHost(SysctlKey key, String value) {
        hostSideWriter().set(key, value);
    }

    HostSideWriter hostSideWriter() {
        return new HostSideWriter(engine, client, this);
    }

    @Override
    public Map<SysctlKey, Optional<SysctlValue>> readFreshNamespace(Collection<SysctlKey> keys) {
        String fresh = HelperContainers.start(engine, "fresh-namespace", config -> config.withNetworkMode("bridge"));
        return ContainerRegistry.removeAfter(client, fresh, () -> readWith(new ScriptRunner(client, fresh), keys,
                "a fresh container on the Docker engine " + engine.version()));
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        for (String helper : helperIds) {
            failure = removeQuietly(helper, failure);
        }
        failure = removeQuietly(id, failure);
        log.debug("removed container {}", ContainerRegistry.shortId(id));
        if (failure != null) {
            throw failure;
        }
    }

    private RuntimeException removeQuietly(String containerId, RuntimeException earlier) {
        try {
            ContainerRegistry.remove(client, containerId);
            return earlier;
        } catch (RuntimeException e) {
            log.warn("cannot remove container {}: {}", containerId, e.toString());
            if (earlier != null) {
                earlier.addSuppressed(e);
                return earlier;
            }
            return e;
        }
    }

    @Override
    public String toString() {
        return description();
    }
}
