package io.netsysctl.probe;

import io.netsysctl.target.host.ProcSysFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netsysctl.NetSysctlConfig;
import io.netsysctl.model.InvalidSysctlKeyException;
import io.netsysctl.model.SysctlKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only record of host sysctl values changed by a probe, so that a run killed between the change
 * and the restore is repaired by the next run.
 *
 * <p>Each change appends a {@code changed} line (JSON: id, key, original value, network namespace inode of
 * the JVM, process id, time) and forces it to disk before the host value is touched. The restore appends a
 * {@code restored} line with the same id. {@link #replay()} writes back every original value whose entry has
 * no {@code restored} line and logs each one at WARN. The file is emptied whenever nothing is left pending.
 *
 * <p>Replay only writes keys below {@code net} and only when this JVM runs in the network namespace the
 * entry was written in; other entries stay pending and are logged. A file lock serializes writers across
 * processes that share the journal, for example Surefire and Failsafe forks.
 */
public final class HostSysctlJournal {

    private static final Logger LOG = LoggerFactory.getLogger(HostSysctlJournal.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OWN_NETWORK_NAMESPACE = Path.of("/proc/self/ns/net");
    private static final Object PROCESS_LOCK = new Object();

    private final Path file;

    /** Creates a journal that appends to {@code file}, creating the file and its folder when first written. */
    public HostSysctlJournal(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** Returns the journal configured by {@link NetSysctlConfig#JOURNAL}. */
    public static HostSysctlJournal fromConfig() {
        return new HostSysctlJournal(Path.of(NetSysctlConfig.get(NetSysctlConfig.JOURNAL,
                NetSysctlConfig.DEFAULT_JOURNAL)));
    }

    /** Returns the journal file. */
    public Path file() {
        return file;
    }

    /**
     * A host value that was recorded before a change.
     *
     * @param id the id that pairs the {@code changed} line with its {@code restored} line
     * @param key the host key
     * @param original the value to write back, fields separated by single spaces
     * @param networkNamespace the inode of the network namespace the value belongs to
     */
    public record Entry(String id, SysctlKey key, String original, long networkNamespace) {
    }

    /**
     * Appends the original value of a host key and forces it to disk. Call it before changing the key.
     *
     * @throws UncheckedIOException when the journal cannot be written; the caller must then leave the host alone
     */
    public Entry record(SysctlKey key, String original) {
        Entry entry = new Entry(UUID.randomUUID().toString(), key, original, currentNetworkNamespace());
        ObjectNode line = JSON.createObjectNode();
        line.put("op", "changed");
        line.put("id", entry.id());
        line.put("key", key.dotted());
        line.put("original", original);
        line.put("netns", entry.networkNamespace());
        line.put("pid", ProcessHandle.current().pid());
        line.put("time", Instant.now().toString());
        withLock(channel -> append(channel, line));
        return entry;
    }

    /**
     * Appends the {@code restored} line for an entry whose original value is back on the host, and empties the
     * journal when no entry is left pending, so it does not grow from run to run.
     */
    public void markRestored(Entry entry) {
        ObjectNode line = JSON.createObjectNode();
        line.put("op", "restored");
        line.put("id", entry.id());
        line.put("time", Instant.now().toString());
        withLock(channel -> {
            append(channel, line);
            if (readPending(channel).isEmpty()) {
                channel.truncate(0);
                channel.force(true);
            }
        });
    }

    /** Returns the entries that have no {@code restored} line, oldest first. */
    public List<Entry> pending() {
        List<Entry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        withLock(channel -> out.addAll(readPending(channel).values()));
        return out;
    }

    /**
     * Writes back every pending original value that belongs to this JVM's network namespace, logging each at
     * WARN, and empties the journal when no entry is left pending.
     *
     * @return the entries restored by this call
     */
    public List<Entry> replay() {
        List<Entry> restored = new ArrayList<>();
        if (!Files.exists(file)) {
            return restored;
        }
        withLock(channel -> {
            Map<String, Entry> pending = readPending(channel);
            if (pending.isEmpty()) {
                return;
            }
            long namespace = currentNetworkNamespace();
            for (Entry entry : List.copyOf(pending.values())) {
                if (restore(entry, namespace)) {
                    restored.add(entry);
                    pending.remove(entry.id());
                }
            }
            if (pending.isEmpty()) {
                channel.truncate(0);
            } else {
                for (Entry entry : restored) {
                    ObjectNode line = JSON.createObjectNode();
                    line.put("op", "restored");
                    line.put("id", entry.id());
                    line.put("time", Instant.now().toString());
                    append(channel, line);
                }
            }
        });
        return restored;
    }

    private boolean restore(Entry entry, long namespace) {
        if (!entry.key().components().get(0).equals("net")) {
            LOG.warn("Journal {} has an entry for {}, which is not a network key; not restoring it. Remove the "
                    + "line with id {} after checking the value by hand.", file, entry.key(), entry.id());
            return false;
        }
        if (entry.networkNamespace() != namespace) {
            LOG.warn("Journal {} has a pending value {}={} for network namespace {}, but this JVM runs in {}; "
                    + "run once in that namespace to restore it.", file, entry.key(), entry.original(),
                    entry.networkNamespace(), namespace);
            return false;
        }
        Path path = Path.of(entry.key().procPath());
        try {
            String before = Files.exists(path) ? ProcSysFiles.readProcFile(path).strip() : "(missing)";
            Files.writeString(path, entry.original());
            LOG.warn("Restored host sysctl {} from {} to {}: a previous run changed it and did not restore it "
                    + "(journal {})", entry.key(), before, entry.original(), file);
            return true;
        } catch (IOException e) {
            LOG.warn("Failed to restore host sysctl {} to {} from journal {}: {}. Restore it with "
                    + "'sysctl -w {}={}' as root.", entry.key(), entry.original(), file, e.toString(),
                    entry.key(), entry.original());
            return false;
        }
    }

    private Map<String, Entry> readPending(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
        channel.read(buffer, 0);
        String text = new String(buffer.array(), StandardCharsets.UTF_8);
        Map<String, Entry> pending = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                String id = node.path("id").asText();
                if (node.path("op").asText().equals("changed")) {
                    pending.put(id, new Entry(id, SysctlKey.parse(node.path("key").asText()),
                            node.path("original").asText(), node.path("netns").asLong()));
                } else {
                    pending.remove(id);
                }
            } catch (IOException | InvalidSysctlKeyException e) {
                LOG.warn("Ignoring malformed line {} of journal {}: {}", lineNumber, file, e.getMessage());
            }
        }
        return pending;
    }

    private static void append(FileChannel channel, ObjectNode line) throws IOException {
        byte[] bytes = (JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
        channel.write(ByteBuffer.wrap(bytes), channel.size());
        channel.force(true);
    }

    private interface JournalAction {
        void run(FileChannel channel) throws IOException;
    }

    @SuppressWarnings("try") // the lock is held for the block, never read
    private void withLock(JournalAction action) {
        synchronized (PROCESS_LOCK) {
            try {
                createFolder();
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
                        StandardOpenOption.READ, StandardOpenOption.WRITE);
                        FileLock lock = channel.lock()) {
                    action.run(channel);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to use the host sysctl journal " + file + ": " + e
                        + ". Set -D" + NetSysctlConfig.JOURNAL + " to a writable file.", e);
            }
        }
    }

    private void createFolder() throws IOException {
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            // Owner only: replay writes host sysctls as root, so no other user may add lines.
            Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
        }
    }

    /** Returns the inode of this JVM's network namespace, from the {@code net:[INODE]} link in /proc. */
    static long currentNetworkNamespace() {
        try {
            String link = Files.readSymbolicLink(OWN_NETWORK_NAMESPACE).toString();
            return Long.parseLong(link.substring(link.indexOf('[') + 1, link.indexOf(']')));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Cannot read the network namespace of this JVM from "
                    + OWN_NETWORK_NAMESPACE + ": " + e, e);
        }
    }
}
