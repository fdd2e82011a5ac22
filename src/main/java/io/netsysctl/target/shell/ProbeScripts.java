package io.netsysctl.target.shell;

import static io.netsysctl.target.shell.ShellQuoting.checkRoot;
import static io.netsysctl.target.shell.ShellQuoting.quote;

import io.netsysctl.model.Errno;
import io.netsysctl.model.InvalidSysctlKeyException;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.WriteOutcome;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the POSIX sh scripts that probe {@code /proc/sys} inside a target, and parses their output.
 *
 * <p>The scripts run under dash and BusyBox sh and use only shell builtins and {@code cat}; the probe of a
 * directory outside {@code /proc/sys} also needs {@code rm}. Every script takes a root prefix: {@code ""}
 * probes the files of the namespace the shell runs in, {@code /proc/1/root} probes another process's files
 * through its root, as a helper container beside a shell-less target does. Every path and value reaches the
 * shell single-quoted.
 *
 * <p>The output framing uses control characters, which sysctl values, being text, do not contain:
 * {@code \001} starts a record, {@code \002} and {@code \003} separate its fields, and a final {@code \001end}
 * line proves that the output is complete. Values may contain tabs, spaces and newlines. A value that did
 * contain {@code \001} would break the record count, so the parser raises {@link ProbeOutputException} instead
 * of returning a wrong value.
 */
public final class ProbeScripts {

    private static final Logger LOG = LoggerFactory.getLogger(ProbeScripts.class);

    static final char START = '\001';
    static final char SEPARATOR = '\002';
    static final char VALUE_END = '\003';
    static final String END = START + "end\n";

    private static final String END_COMMAND = "printf '\\001end\\n'\n";
    private static final String PREFERRED_PROBE_KEY = "/proc/sys/net/ipv4/tcp_keepalive_time";

    private ProbeScripts() {
    }

    /**
     * Builds a script that reads every key in one run. Each key becomes one line calling a shell function, about
     * 45 bytes: the 1,459 keys of a host with 9 interfaces made a 65 KB script. Linux limits one command-line
     * argument to 128 KiB, so run large scripts with {@code sh -s} and the script on standard input rather than
     * with {@code sh -c}.
     */
    public static String batchRead(String root, List<SysctlKey> keys) {
        StringBuilder script = new StringBuilder();
        script.append("P=").append(quote(checkRoot(root) + "/proc/sys/")).append('\n');
        script.append("""
                r() {
                  printf '\\001%s\\002' "$1"
                  if [ -f "$P$2" ]; then
                    if cat "$P$2" 2>/dev/null; then
                      printf '\\003V'
                    else
                      printf '\\003E'
                      cat "$P$2" 2>&1 >/dev/null
                    fi
                  else
                    printf '\\003A'
                  fi
                }
                """);
        for (int i = 0; i < keys.size(); i++) {
            script.append("r ").append(i).append(' ').append(quote(keys.get(i).relativePath())).append('\n');
        }
        script.append(END_COMMAND);
        return script.toString();
    }

    /**
     * Parses the output of {@link #batchRead(String, List)} for the same keys, in the same order.
     *
     * @throws ProbeOutputException when the output is cut short or not in the script's framing
     */
    public static Map<SysctlKey, KeyRead> parseBatchRead(List<SysctlKey> keys, byte[] output) {
        String text = new String(output, StandardCharsets.ISO_8859_1);
        List<String> records = records(text, "batch read");
        if (records.size() != keys.size()) {
            throw new ProbeOutputException("batch read", "expected " + keys.size() + " records, found "
                    + records.size(), text);
        }
        Map<SysctlKey, KeyRead> result = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String record = records.get(i);
            int separator = record.indexOf(SEPARATOR);
            int valueEnd = record.lastIndexOf(VALUE_END);
            if (separator < 0 || valueEnd < separator || valueEnd + 1 >= record.length()
                    || !record.substring(0, separator).equals(Integer.toString(i))) {
                throw new ProbeOutputException("batch read", "record " + i + " is malformed", text);
            }
            SysctlKey key = keys.get(i);
            String payload = utf8(record.substring(separator + 1, valueEnd));
            char status = record.charAt(valueEnd + 1);
            String rest = utf8(record.substring(valueEnd + 2));
            switch (status) {
                case 'V' -> result.put(key, KeyRead.value(key, payload));
                case 'A' -> result.put(key, KeyRead.absent(key));
                case 'E' -> result.put(key, KeyRead.unreadable(key, rest.strip()));
                default -> throw new ProbeOutputException("batch read", "record " + i + " has unknown status '"
                        + status + "'", text);
            }
        }
        return result;
    }

    /** Builds a script that prints the path of every regular file below {@code ROOT/proc/sys/net}, one per line. */
    public static String listKeys(String root) {
        return "P=" + quote(checkRoot(root) + "/proc/sys") + "\n"
                + """
                w() {
                  for f in "$1"/*; do
                    if [ -L "$f" ]; then
                      :
                    elif [ -d "$f" ]; then
                      w "$f"
                    elif [ -f "$f" ]; then
                      printf '%s\\n' "$f"
                    fi
                  done
                }
                if [ -d "$P/net" ]; then w "$P/net"; fi
                """
                + END_COMMAND;
    }

    /**
     * Parses the output of {@link #listKeys(String)} into sorted keys. A file whose name is not a valid key
     * component, such as an interface named with a shell metacharacter, is left out with a warning.
     *
     * @throws ProbeOutputException when the output is cut short or names a path outside the root
     */
    public static List<SysctlKey> parseListKeys(String root, String output) {
        if (!output.endsWith(END)) {
            throw new ProbeOutputException("key listing", "the output does not end with the end marker", output);
        }
        String prefix = checkRoot(root) + "/proc/sys/";
        List<SysctlKey> keys = new ArrayList<>();
        for (String line : output.substring(0, output.length() - END.length()).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith(prefix)) {
                throw new ProbeOutputException("key listing", "path '" + line + "' is not below " + prefix, output);
            }
            try {
                keys.add(SysctlKey.parse(line.substring(prefix.length())));
            } catch (InvalidSysctlKeyException e) {
                LOG.warn("Skipping {}: {}", line, e.getMessage());
            }
        }
        keys.sort(null);
        return keys;
    }

    /**
     * Builds a script that writes {@code value}, or the key's current value when {@code value} is empty, to
     * the key's file with one write(2) by {@code cat}, and reports success or the shell's error text. A
     * newline is appended to a value that has none, as {@code echo VALUE > FILE} does.
     */
    public static String writeProbe(String root, SysctlKey key, Optional<String> value) {
        return "t=" + quote(checkRoot(root) + key.procPath()) + "\n"
                + value.map(v -> "v=" + quote(v) + "\n").orElse(READ_CURRENT) + WRITE;
    }

    /**
     * Builds a script that tries a real write below {@code path} as seen in the target. Below {@code /proc/sys}
     * it writes the current value of a key back: {@code net.ipv4.tcp_keepalive_time} when it is below the path,
     * otherwise the first readable file in name order. Elsewhere it creates and removes a probe file.
     */
    public static String writeUnder(String root, String path) {
        String checkedRoot = checkRoot(root);
        String normalized = normalizeAbsolute(path);
        if (!normalized.equals("/proc/sys") && !normalized.startsWith("/proc/sys/")) {
            return "d=" + quote(checkedRoot + normalized) + "\n"
                    + """
                    f="$d/.netsysctl-write-probe.$$"
                    if err=$( { : > "$f"; } 2>&1 ); then
                      rm -f "$f"
                      printf '\\001S%s\\002\\002' "$d"
                    else
                      printf '\\001F%s\\002\\002%s' "$d" "$err"
                    fi
                    """;
        }
        String preferred = PREFERRED_PROBE_KEY.startsWith(normalized + "/") || PREFERRED_PROBE_KEY.equals(normalized)
                ? checkedRoot + PREFERRED_PROBE_KEY
                : "";
        return "d=" + quote(checkedRoot + normalized) + "\n"
                + "t=" + quote(preferred) + "\n"
                + """
                if [ -n "$t" ] && [ ! -f "$t" ]; then t=''; fi
                if [ -z "$t" ] && [ -f "$d" ]; then t=$d; fi
                w() {
                  for f in "$1"/*; do
                    if [ -n "$t" ]; then return 0; fi
                    if [ -L "$f" ]; then
                      :
                    elif [ -d "$f" ]; then
                      w "$f"
                    elif [ -f "$f" ] && cat "$f" >/dev/null 2>&1; then
                      t=$f
                    fi
                  done
                }
                if [ -z "$t" ] && [ -d "$d" ]; then w "$d"; fi
                if [ -z "$t" ]; then
                  printf '\\001N%s\\002\\002' "$d"
                  exit 0
                fi
                """
                + READ_CURRENT + WRITE;
    }

    private static final String READ_CURRENT = """
            if ! v=$(cat "$t" 2>&1); then
              printf '\\001R%s\\002\\002%s' "$t" "$v"
              exit 0
            fi
            """;

    // cat, not the printf builtin, performs the write: dash's printf reports a failed write(2) only as
    // "I/O error" and BusyBox's printf reports nothing, while cat prints the strerror text.
    private static final String WRITE = """
            case $v in
              *'
            ') ;;
              *) v="$v
            " ;;
            esac
            if err=$( { printf '%s' "$v" | cat > "$t"; } 2>&1 ); then
              printf '\\001S%s\\002%s\\002' "$t" "$v"
            else
              printf '\\001F%s\\002%s\\002%s' "$t" "$v" "$err"
            fi
            """;

    /**
     * Parses the output of {@link #writeProbe} or {@link #writeUnder}. The outcome's path is the path inside
     * the target, without the root prefix, and its value has the trailing newline the script added removed.
     *
     * @throws ProbeOutputException when the output is not in the script's framing
     */
    public static WriteOutcome parseWrite(String root, String output) {
        String text = output;
        int start = text.lastIndexOf(START);
        int first = start < 0 ? -1 : text.indexOf(SEPARATOR, start);
        int second = first < 0 ? -1 : text.indexOf(SEPARATOR, first + 1);
        if (start < 0 || first < 0 || second < 0 || start + 1 >= text.length()) {
            throw new ProbeOutputException("write probe", "no result record", output);
        }
        char status = text.charAt(start + 1);
        String path = stripRoot(checkRoot(root), text.substring(start + 2, first));
        String value = text.substring(first + 1, second);
        if (value.endsWith("\n")) {
            value = value.substring(0, value.length() - 1);
        }
        String detail = text.substring(second + 1).strip();
        return switch (status) {
            case 'S' -> WriteOutcome.succeeded(path, value);
            case 'F' -> failed(path, value, detail);
            case 'R' -> failed(path, value, "cannot read the current value to write back: " + detail);
            case 'N' -> throw new IllegalArgumentException("no readable sysctl file below " + path
                    + " to probe; name a directory of /proc/sys that contains one");
            default -> throw new ProbeOutputException("write probe", "unknown status '" + status + "'", output);
        };
    }

    private static WriteOutcome failed(String path, String value, String detail) {
        Errno errno = Errno.fromMessage(detail).orElseThrow(() -> new ProbeOutputException("write probe",
                "the write to " + path + " failed with an error text that names no known errno", detail));
        return WriteOutcome.failed(path, value, errno, detail);
    }

    private static String stripRoot(String root, String path) {
        return !root.isEmpty() && path.startsWith(root + "/") ? path.substring(root.length()) : path;
    }

    /** Checks an absolute path and removes duplicate and trailing slashes; rejects {@code .} and {@code ..}. */
    static String normalizeAbsolute(String path) {
        if (path == null || !path.startsWith("/") || path.contains("\0") || path.contains("\n")) {
            throw new IllegalArgumentException("invalid path '" + path + "': expected an absolute path such as "
                    + "/proc/sys");
        }
        StringBuilder normalized = new StringBuilder();
        for (String component : path.split("/")) {
            if (component.isEmpty()) {
                continue;
            }
            if (component.equals(".") || component.equals("..")) {
                throw new IllegalArgumentException("invalid path '" + path + "': '.' and '..' are not accepted");
            }
            normalized.append('/').append(component);
        }
        return normalized.length() == 0 ? "/" : normalized.toString();
    }

    private static List<String> records(String text, String what) {
        if (!text.endsWith(END)) {
            throw new ProbeOutputException(what, "the output does not end with the end marker, so it was cut short",
                    text);
        }
        String body = text.substring(0, text.length() - END.length());
        List<String> records = new ArrayList<>();
        if (body.isEmpty()) {
            return records;
        }
        if (body.charAt(0) != START) {
            throw new ProbeOutputException(what, "unexpected text before the first record", text);
        }
        int from = 1;
        while (from <= body.length()) {
            int next = body.indexOf(START, from);
            int end = next < 0 ? body.length() : next;
            records.add(body.substring(from, end));
            if (next < 0) {
                break;
            }
            from = next + 1;
        }
        return records;
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
