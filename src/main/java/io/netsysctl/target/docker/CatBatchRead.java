package io.netsysctl.target.docker;

import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.shell.KeyRead;
import io.netsysctl.target.shell.ProbeOutputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads many keys with one {@code cat} process and no shell:
 * {@code cat BOOT_ID FILE1 BOOT_ID FILE2 ... BOOT_ID}, where {@code BOOT_ID} is
 * {@code /proc/sys/kernel/random/boot_id}. The boot id is one fixed UUID line per boot, so its copies split the
 * output into one segment per key. A shell script that runs {@code cat} once per key costs one fork and exec
 * per key (about 3 ms each on a 2-core machine) and the shell's {@code read} builtin cannot be used instead,
 * because it reads one byte at a time and a sysctl file returns nothing to a read at a non-zero offset.
 *
 * <p>An empty segment is a missing or unreadable file when {@code cat}'s error names the path. BusyBox's
 * {@code cat} names no path for a failed read(2) (such as EIO from {@code stable_secret}), so keys with an empty
 * segment and no attributed error are returned in {@link Result#unresolved()} for the caller to read another
 * way.
 */
final class CatBatchRead {

    static final String SENTINEL_PATH = "/proc/sys/kernel/random/boot_id";

    /** Keys whose own value is a UUID line, which the split would take for a separator. */
    private static final Set<SysctlKey> UUID_KEYS = Set.of(SysctlKey.parse("kernel.random.boot_id"),
            SysctlKey.parse("kernel.random.uuid"));

    // GNU: "cat: /proc/sys/x: No such file or directory"; BusyBox: "cat: can't open '/proc/sys/x': ...".
    private static final Pattern ERROR_PATH = Pattern.compile("(?:can't open '|cat: )(/proc/sys/[^':]+)'?: (.+)");

    private CatBatchRead() {
    }

    /** The reads that one {@code cat} resolved, and the keys it could not classify. */
    record Result(Map<SysctlKey, KeyRead> reads, List<SysctlKey> unresolved) {
    }

    static Result read(ScriptRunner runner, List<SysctlKey> keys) {
        List<SysctlKey> catKeys = new ArrayList<>();
        List<SysctlKey> unresolved = new ArrayList<>();
        for (SysctlKey key : keys) {
            (UUID_KEYS.contains(key) ? unresolved : catKeys).add(key);
        }
        if (catKeys.isEmpty()) {
            return new Result(Map.of(), unresolved);
        }
        List<String> command = new ArrayList<>(2 * catKeys.size() + 2);
        command.add("cat");
        command.add(SENTINEL_PATH);
        for (SysctlKey key : catKeys) {
            command.add(key.procPath());
            command.add(SENTINEL_PATH);
        }
        ScriptRunner.Result result = runner.exec(command.toArray(String[]::new));
        return parse(catKeys, result.stdout(), result.stderr(), unresolved);
    }

    static Result parse(List<SysctlKey> keys, byte[] stdout, String stderr, List<SysctlKey> unresolvedBefore) {
        String text = new String(stdout, StandardCharsets.ISO_8859_1);
        int firstLine = text.indexOf('\n');
        if (firstLine != 36) {
            throw new ProbeOutputException("cat batch read", "the output does not start with the boot id line of "
                    + SENTINEL_PATH, text);
        }
        String separator = text.substring(0, firstLine + 1);
        List<String> segments = split(text.substring(separator.length()), separator);
        if (segments.size() != keys.size()) {
            throw new ProbeOutputException("cat batch read", "expected " + keys.size() + " values, found "
                    + segments.size(), text);
        }
        Map<String, String> errors = new HashMap<>();
        boolean unattributedError = false;
        for (String line : stderr.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = ERROR_PATH.matcher(line.strip());
            if (matcher.find()) {
                errors.put(matcher.group(1), line.strip());
            } else {
                unattributedError = true;
            }
        }
        Map<SysctlKey, KeyRead> reads = new LinkedHashMap<>();
        List<SysctlKey> unresolved = new ArrayList<>(unresolvedBefore);
        for (int i = 0; i < keys.size(); i++) {
            SysctlKey key = keys.get(i);
            String value = new String(segments.get(i).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            String error = errors.get(key.procPath());
            if (error == null && (value.isEmpty() && unattributedError)) {
                unresolved.add(key);
            } else if (error == null) {
                reads.put(key, KeyRead.value(key, value));
            } else if (error.endsWith("No such file or directory") || error.endsWith("Is a directory")
                    || error.endsWith("Not a directory")) {
                reads.put(key, KeyRead.absent(key));
            } else {
                reads.put(key, KeyRead.unreadable(key, error));
            }
        }
        return new Result(reads, unresolved);
    }

    /** Splits on every occurrence of {@code separator}; the text must end with one. */
    private static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int next = text.indexOf(separator, from);
            if (next < 0) {
                throw new ProbeOutputException("cat batch read", "the output does not end with the boot id line",
                        text);
            }
            parts.add(text.substring(from, next));
            from = next + separator.length();
        }
        return parts;
    }
}
