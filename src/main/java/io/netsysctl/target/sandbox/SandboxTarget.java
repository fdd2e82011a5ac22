package io.netsysctl.target.sandbox;

import io.netsysctl.NetworkMode;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.target.TargetSpec;
import io.netsysctl.target.host.FreshNamespace;
import io.netsysctl.target.host.NamespacePrivilege;
import io.netsysctl.target.shell.CommandRunner;
import io.netsysctl.target.shell.KeyRead;
import io.netsysctl.target.shell.MountInfo;
import io.netsysctl.target.shell.NetnsId;
import io.netsysctl.target.shell.ProbeScripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;

/**
 * The built-in namespace sandbox: a long-lived process in new network and mount namespaces that behaves the
 * way runc sets up a container's {@code /proc/sys}, without an image or a daemon. Start one with
 * {@link #start(TargetSpec)}.
 *
 * <ul>
 *   <li>Sysctls from the spec are written first, then {@code /proc/sys} is bind-mounted read-only, as runc
 *       does. A write the kernel rejects (EINVAL, ENOENT, EPERM) fails the start with
 *       {@link io.netsysctl.target.TargetStartException}.
 *   <li>{@code privileged} and {@code securityOpt systempaths=unconfined} leave {@code /proc/sys} writable, as
 *       they do for runc. Other security options have nothing to act on in the sandbox and are ignored.
 *   <li>{@link NetworkMode#BRIDGE} and {@link NetworkMode#NONE} both get a new network namespace with only a
 *       loopback interface. {@link NetworkMode#HOST} creates no network namespace, and the start rejects
 *       {@code net.*} sysctls as runc does.
 *   <li>Only network sysctls can be set: the sandbox has no UTS or IPC namespace of its own, so other keys
 *       such as {@code kernel.domainname} would change the host and are rejected.
 *   <li>There is no image and no root filesystem of its own: apart from {@code /proc/sys}, the sandbox sees the
 *       host's files, so {@link #probeWriteUnder(String)} outside {@code /proc/sys} writes on the host.
 * </ul>
 *
 * <p>Probes run {@code nsenter -t PID --net --mount /bin/sh -s} with the script on standard input, one process
 * per batch. The sandbox ends
 * with {@link #close()}, a JVM shutdown hook, or when the JVM dies, because its process waits on a pipe from
 * the JVM. It names no network namespace and leaves no mount behind: both namespaces die with the process.
 */
public final class SandboxTarget implements SysctlContainer {

    private final String name;
    private final TargetSpec spec;
    private final SandboxProcess process;
    private final NamespacePrivilege privilege;
    private final Logger log;
    private final long networkNamespaceId;
    private final AtomicBoolean closed = new AtomicBoolean();

    SandboxTarget(String name, TargetSpec spec, SandboxProcess process, NamespacePrivilege privilege, Logger log) {
        this.name = name;
        this.spec = spec;
        this.process = process;
        this.privilege = privilege;
        this.log = log;
        this.networkNamespaceId = readNamespaceId(process.pid());
    }

    /**
     * Starts a sandbox for {@code spec}; the image is ignored.
     *
     * @throws io.netsysctl.target.TargetStartException when a sysctl is rejected, with the kernel's message
     * @throws io.netsysctl.target.InfrastructureException when this JVM may not create namespaces
     */
    public static SandboxTarget start(TargetSpec spec) {
        return SandboxStarter.start(spec);
    }

    private static long readNamespaceId(long pid) {
        Path link = Path.of("/proc", Long.toString(pid), "ns", "net");
        try {
            return NetnsId.parse(Files.readSymbolicLink(link).toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + link + " of the sandbox: " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return "sandbox " + name + " (pid " + process.pid() + ", netns " + networkNamespaceId + ", /proc/sys "
                + (SandboxStarter.readOnlyProcSys(spec) ? "read-only" : "writable") + ")";
    }

    @Override
    public String runtime() {
        return "sandbox";
    }

    @Override
    public String image() {
        return "sandbox";
    }

    @Override
    public String id() {
        return name;
    }

    @Override
    public OptionalLong hostPid() {
        return OptionalLong.of(process.pid());
    }

    /** Returns the settings the sandbox was started with. */
    public TargetSpec spec() {
        return spec;
    }

    @Override
    public long networkNamespaceId() {
        return networkNamespaceId;
    }

    @Override
    public Map<SysctlKey, Optional<SysctlValue>> read(Collection<SysctlKey> keys) {
        List<SysctlKey> ordered = new ArrayList<>(new LinkedHashSet<>(keys));
        CommandRunner.Result result = enter(ProbeScripts.batchRead("", ordered), "--net", "--mount");
        Map<SysctlKey, Optional<SysctlValue>> values = new LinkedHashMap<>();
        for (KeyRead read : ProbeScripts.parseBatchRead(ordered, result.stdout()).values()) {
            values.put(read.key(), read.toOptional(description()));
        }
        return values;
    }

    @Override
    public List<SysctlKey> listKeys() {
        return ProbeScripts.parseListKeys("", enter(ProbeScripts.listKeys(""), "--net", "--mount").stdoutText());
    }

    @Override
    public WriteOutcome probeWrite(SysctlKey key) {
        return ProbeScripts.parseWrite("",
                enter(ProbeScripts.writeProbe("", key, Optional.empty()), "--net", "--mount").stdoutText());
    }

    @Override
    public WriteOutcome probeWrite(SysctlKey key, String value) {
        return ProbeScripts.parseWrite("",
                enter(ProbeScripts.writeProbe("", key, Optional.of(value)), "--net", "--mount").stdoutText());
    }

    @Override
    public WriteOutcome probeWriteUnder(String path) {
        return ProbeScripts.parseWrite("", enter(ProbeScripts.writeUnder("", path), "--net", "--mount")
                .stdoutText());
    }

    @Override
    public Optional<MountEntry> mountOf(String path) {
        checkOpen();
        Path mountinfo = Path.of("/proc", Long.toString(process.pid()), "mountinfo");
        try {
            return MountInfo.find(MountInfo.parse(Files.readString(mountinfo)), path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + mountinfo + " of " + description() + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Writes the key from the host side: {@code nsenter} enters only the network namespace, so the write goes
     * through the host's writable {@code /proc/sys} mount into the sandbox's namespace.
     */
    @Override
    public void setFromHost(SysctlKey key, String value) {
        WriteOutcome outcome = ProbeScripts.parseWrite("",
                enter(ProbeScripts.writeProbe("", key, Optional.of(value)), "--net").stdoutText());
        if (!outcome.succeeded()) {
            throw new IllegalStateException("setting " + key + "=" + value + " in " + description()
                    + " from the host failed: " + outcome.detail());
        }
        log.debug("Set {}={} from the host", key, value);
    }

    @Override
    public Map<SysctlKey, Optional<SysctlValue>> readFreshNamespace(Collection<SysctlKey> keys) {
        return FreshNamespace.read(keys);
    }

    private CommandRunner.Result enter(String script, String... namespaces) {
        checkOpen();
        List<String> command = privilege.nsenter(process.pid(), namespaces);
        command.addAll(List.of("/bin/sh", "-s"));
        CommandRunner.Result result = CommandRunner.run(command, script.getBytes(StandardCharsets.UTF_8),
                CommandRunner.DEFAULT_TIMEOUT);
        if (!result.succeeded()) {
            throw new IllegalStateException("probe in " + description() + " failed: nsenter exited with code "
                    + result.exitCode() + ": " + result.stderr().strip());
        }
        return result;
    }

    private void checkOpen() {
        if (closed.get() || !process.isAlive()) {
            throw new IllegalStateException(description() + " is closed or its process has exited");
        }
    }

    /** Returns whether the sandbox's main process is still running. */
    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            process.stop();
            SandboxStarter.unregister(this);
            log.info("Stopped sandbox {}", name);
        }
    }

    @Override
    public String toString() {
        return description();
    }
}
