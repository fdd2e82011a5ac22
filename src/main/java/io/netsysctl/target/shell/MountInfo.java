package io.netsysctl.target.shell;

import io.netsysctl.model.MountEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Parses {@code /proc/PID/mountinfo} as proc(5) describes it and finds the mount that contains a path. */
public final class MountInfo {

    private MountInfo() {
    }

    /**
     * Parses every line of a mountinfo file. A line has the mount id, parent id, {@code major:minor}, root,
     * mount point and mount options, then zero or more optional fields ({@code shared:1}, {@code master:2}) up
     * to a {@code -} field, then the filesystem type, the source and the superblock options. Paths are
     * decoded from the kernel's octal escapes ({@code \040} for a space).
     *
     * @throws IllegalArgumentException naming the line number and the line when a line is malformed
     */
    public static List<MountEntry> parse(String mountinfo) {
        List<MountEntry> entries = new ArrayList<>();
        String[] lines = mountinfo.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                entries.add(parseLine(lines[i], i + 1));
            }
        }
        return entries;
    }

    private static MountEntry parseLine(String line, int lineNumber) {
        List<String> fields = Arrays.asList(line.split(" "));
        int separator = fields.indexOf("-");
        if (separator < 6 || fields.size() < separator + 3) {
            throw new IllegalArgumentException("malformed mountinfo line " + lineNumber + ": expected at least 6 "
                    + "fields, a '-' separator and 2 more fields, got '" + line + "'");
        }
        String superOptions = fields.size() > separator + 3 ? fields.get(separator + 3) : "";
        return new MountEntry(decode(fields.get(4)), decode(fields.get(3)), options(fields.get(5)),
                decode(fields.get(separator + 1)), decode(fields.get(separator + 2)), options(superOptions), line);
    }

    private static List<String> options(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split(","));
    }

    /** Decodes the octal escapes the kernel writes for space, tab, newline and backslash ({@code \134}). */
    static String decode(String field) {
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && isOctal(field, i + 1)) {
                out.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isOctal(String text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int i = from; i < from + 3; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
        }
        return true;
    }

    /**
     * Returns the mount that contains {@code path}: the entry with the longest mount point that equals the path
     * or is a prefix of it ending at a {@code /}. When several mounts stack on one mount point, the last one
     * in the file is the one on top, so it wins.
     */
    public static Optional<MountEntry> find(List<MountEntry> entries, String path) {
        String normalized = ProbeScripts.normalizeAbsolute(path);
        MountEntry best = null;
        for (MountEntry entry : entries) {
            String mountPoint = entry.mountPoint();
            boolean contains = mountPoint.equals("/") || normalized.equals(mountPoint)
                    || normalized.startsWith(mountPoint + "/");
            if (contains && (best == null || mountPoint.length() >= best.mountPoint().length())) {
                best = entry;
            }
        }
        return Optional.ofNullable(best);
    }
}
