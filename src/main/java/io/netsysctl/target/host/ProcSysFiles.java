package io.netsysctl.target.host;

import io.netsysctl.model.Errno;
import io.netsysctl.model.InvalidSysctlKeyException;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.target.shell.KeyRead;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads, lists and writes {@code /proc/sys} files of this JVM's namespaces directly, without a process. */
public final class ProcSysFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ProcSysFiles.class);
    /** The read buffer size; a value that fills it is reported as an error instead of being cut. */
    private static final int PROC_READ_SIZE = 64 * 1024;
    static final String PREFERRED_PROBE_KEY = "/proc/sys/net/ipv4/tcp_keepalive_time";

    private ProcSysFiles() {
    }

    static KeyRead read(SysctlKey key) {
        Path path = Path.of(key.procPath());
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return KeyRead.absent(key);
        }
        try {
            return KeyRead.value(key, readProcFile(path));
        } catch (NoSuchFileException e) {
            return KeyRead.absent(key);
        } catch (IOException e) {
            return KeyRead.unreadable(key, errorText(e));
        }
    }

    static List<SysctlKey> listNetKeys() {
        Path root = Path.of("/proc/sys");
        List<SysctlKey> keys = new ArrayList<>();
        for (Path path : regularFiles(root.resolve("net"))) {
            addKey(keys, root.relativize(path).toString());
        }
        keys.sort(null);
        return keys;
    }

    /**
     * Returns the regular files below {@code directory}, sorted. Interfaces come and go while the tree is walked
     * (every container start adds some), so an entry that vanishes during the walk is skipped, not an error.
     */
    static List<Path> regularFiles(Path directory) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(directory, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        files.add(path);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path path, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        LOG.debug("Skipping {}, which disappeared during the listing", path);
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    private static void addKey(List<SysctlKey> keys, String relativePath) {
        try {
            keys.add(SysctlKey.parse(relativePath));
        } catch (InvalidSysctlKeyException e) {
            LOG.warn("Skipping /proc/sys/{}: {}", relativePath, e.getMessage());
        }
    }

    /**
     * Reads a /proc/sys file with one large read(2), as cat does. The integer handlers return nothing for a
     * read at a non-zero offset, and {@code Files.readString} reads a file of size 0 one byte first, so it
     * returns {@code 7} for a {@code tcp_keepalive_time} of 7200 (JDK 17 on Linux 6.18). Use this method instead.
     */
    public static String readProcFile(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(PROC_READ_SIZE);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                // A handler that serves partial reads fills the buffer over several calls.
            }
            if (!buffer.hasRemaining()) {
                throw new IOException(path + ": value longer than " + PROC_READ_SIZE + " bytes");
            }
            return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
        }
    }

    /** Writes {@code value}, or the current value when empty, to {@code path} with one write(2). */
    static WriteOutcome write(Path path, Optional<String> value) {
        String text;
        if (value.isPresent()) {
            text = value.get();
        } else {
            try {
                text = stripNewline(readProcFile(path));
            } catch (IOException e) {
                return failed(path, "", "cannot read the current value to write back: " + errorText(e), e);
            }
        }
        byte[] bytes = (text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8);
        // WRITE without CREATE: a missing key must fail with ENOENT instead of creating anything.
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes));
            return WriteOutcome.succeeded(path.toString(), stripNewline(text));
        } catch (IOException e) {
            return failed(path, stripNewline(text), errorText(e), e);
        }
    }

    /** Creates and removes a probe file in {@code directory}. */
    static WriteOutcome createProbeFile(Path directory) {
        try {
            Path probe = Files.createTempFile(directory, ".netsysctl-write-probe", "");
            Files.delete(probe);
            return WriteOutcome.succeeded(directory.toString(), "");
        } catch (IOException e) {
            return failed(directory, "", errorText(e), e);
        }
    }

    /** Finds the file a write probe below a {@code /proc/sys} directory writes back. */
    static Optional<Path> probeFileUnder(Path directory) {
        if (Files.isRegularFile(directory, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(directory);
        }
        Path preferred = Path.of(PREFERRED_PROBE_KEY);
        if (preferred.startsWith(directory) && Files.isRegularFile(preferred)) {
            return Optional.of(preferred);
        }
        return regularFiles(directory).stream().filter(ProcSysFiles::canRead).findFirst();
    }

    /** Returns whether reading succeeds: root passes access(2) checks for files that still refuse a read. */
    private static boolean canRead(Path path) {
        try {
            readProcFile(path);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static WriteOutcome failed(Path path, String value, String detail, IOException cause) {
        Errno errno = Errno.fromMessage(detail).orElseGet(() -> errnoOf(cause));
        return WriteOutcome.failed(path.toString(), value, errno, detail);
    }

    /** Maps the exceptions whose message is only the path, as the JDK throws for ENOENT and EACCES. */
    private static Errno errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return Errno.ENOENT;
        }
        if (e instanceof AccessDeniedException) {
            return Errno.EACCES;
        }
        throw new UncheckedIOException("write failed with an error that names no known errno: " + errorText(e), e);
    }

    /** Returns {@code PATH: strerror text} for an I/O error, the way a shell prints it. */
    static String errorText(IOException e) {
        if (e instanceof NoSuchFileException noSuchFile) {
            return noSuchFile.getFile() + ": " + Errno.ENOENT.message();
        }
        if (e instanceof AccessDeniedException accessDenied) {
            return accessDenied.getFile() + ": " + Errno.EACCES.message();
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getFile() + ": " + fileSystem.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    private static String stripNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
