package io.netsysctl.target.host;

import io.netsysctl.HostNamespace;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.target.shell.MountInfo;
import io.netsysctl.target.shell.NetnsId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The network namespace this JVM runs in, normally the host's initial one. It reads and writes
 * {@code /proc/sys} directly from Java: a batch read is one file read per key and starts no process.
 *
 * <p>Whether the namespace is the initial one is decided, in this order, by the inode number (kernels that
 * give the initial network namespace the fixed inode {@code 0xEFFFFFF9}, as 6.18 does, while every other
 * namespace gets one from {@code 0xF0000000} up), then by comparing with {@code /proc/1/ns/net}. Reading
 * {@code /proc/1/ns/net} needs ptrace access to PID 1, which even root lacks without CAP_SYS_PTRACE; when
 * neither test can decide, {@link #isInitialNamespace()} is false and {@link #description()} says why.
 */
public final class HostTarget implements HostNamespace {

    private static final Logger LOG = LoggerFactory.getLogger("io.netsysctl.host");

    /** The smallest inode the kernel hands out dynamically; init namespaces with a fixed inode lie below it. */
    static final long FIRST_DYNAMIC_INODE = 0xF0000000L;
    static final long INITIAL_NET_INODE = 0xEFFFFFF9L;

    private final Path proc = Path.of("/proc");

    @Override
    public String description() {
        long inode = networkNamespaceId();
        Verdict verdict = initialNamespaceVerdict(inode);
        return "host (" + verdict.text() + ", netns " + inode + ")";
    }

    @Override
    public String runtime() {
        return "host";
    }

    @Override
    public long networkNamespaceId() {
        return namespaceInode(proc.resolve("self/ns/net"))
                .orElseThrow(() -> new IllegalStateException("cannot read " + proc.resolve("self/ns/net")));
    }

    @Override
    public boolean isInitialNamespace() {
        return initialNamespaceVerdict(networkNamespaceId()).initial();
    }

    private record Verdict(boolean initial, String text) {
    }

    private Verdict initialNamespaceVerdict(long inode) {
        if (inode == INITIAL_NET_INODE) {
            return new Verdict(true, "initial network namespace");
        }
        Optional<Long> initInode = namespaceInode(proc.resolve("1/ns/net"));
        if (initInode.isPresent()) {
            return initInode.get() == inode
                    ? new Verdict(true, "initial network namespace")
                    : new Verdict(false, "NOT the initial network namespace: PID 1 is in netns " + initInode.get());
        }
        if (inode < FIRST_DYNAMIC_INODE) {
            return new Verdict(false, "NOT the initial network namespace: inode " + inode + " is fixed but not "
                    + "the initial network namespace's " + INITIAL_NET_INODE);
        }
        return new Verdict(false, "unknown whether this is the initial network namespace: " + proc
                + "/1/ns/net is not readable (it needs root with CAP_SYS_PTRACE) and this kernel gives the initial "
                + "network namespace no fixed inode");
    }

    private static Optional<Long> namespaceInode(Path link) {
        try {
            return Optional.of(NetnsId.parse(Files.readSymbolicLink(link).toString()));
        } catch (IOException e) {
            LOG.debug("Cannot read {}: {}", link, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public Map<SysctlKey, Optional<SysctlValue>> read(Collection<SysctlKey> keys) {
        Map<SysctlKey, Optional<SysctlValue>> values = new LinkedHashMap<>();
        for (SysctlKey key : keys) {
            values.put(key, ProcSysFiles.read(key).toOptional("the host"));
        }
        return values;
    }

    @Override
    public List<SysctlKey> listKeys() {
        return ProcSysFiles.listNetKeys();
    }

    @Override
    public WriteOutcome probeWrite(SysctlKey key) {
        return ProcSysFiles.write(Path.of(key.procPath()), Optional.empty());
    }

    /** Writes {@code value} to the host's key: this changes the host unless the kernel rejects the value. */
    @Override
    public WriteOutcome probeWrite(SysctlKey key, String value) {
        LOG.info("Writing {}={} on the host", key, value);
        return ProcSysFiles.write(Path.of(key.procPath()), Optional.of(value));
    }

    @Override
    public WriteOutcome probeWriteUnder(String path) {
        Path target = Path.of(path).normalize();
        if (!target.isAbsolute()) {
            throw new IllegalArgumentException("invalid path '" + path + "': expected an absolute path such as "
                    + "/proc/sys");
        }
        if (target.startsWith("/proc/sys")) {
            Path file = ProcSysFiles.probeFileUnder(target).orElseThrow(() -> new IllegalArgumentException(
                    "no readable sysctl file below " + target + " to probe; name a directory of /proc/sys that "
                            + "contains one"));
            return ProcSysFiles.write(file, Optional.empty());
        }
        return ProcSysFiles.createProbeFile(target);
    }

    @Override
    public Optional<MountEntry> mountOf(String path) {
        Path mountinfo = proc.resolve("self/mountinfo");
        try {
            return MountInfo.find(MountInfo.parse(Files.readString(mountinfo)), path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + mountinfo + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return description();
    }
}
