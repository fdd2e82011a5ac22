package io.netsysctl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses and validates sysctl keys for {@link SysctlKey#parse(String)}.
 *
 * <p>The form is chosen as procps sysctl(8) chooses it: when the first separator in the text is a {@code /}, the
 * text is the slash form (a path below {@code /proc/sys}, where dots are literal); otherwise it is the dotted
 * form, where a {@code /} inside a component stands for a literal dot. The slash form may start with
 * {@code /proc/sys/}, which is removed; any other absolute path is rejected.
 */
final class SysctlKeyParser {

    static final String PROC_SYS_PREFIX = "/proc/sys/";
    static final int MAX_COMPONENT_LENGTH = 255;

    /**
     * Characters with a meaning to sh, plus {@code =}, which separates key and value in sysctl(8). Kernel table
     * names contain none of them; an interface name may, and keys for such an interface are rejected.
     */
    private static final String SHELL_METACHARACTERS = ";|&$`'\"\\<>*?(){}[]!#~^=";

    /**
     * The shape of one component: kernel table names ({@code tcp_rmem}, {@code nf_conntrack_max}) and network
     * interface names ({@code eth0.100}, {@code br-3f2a}, {@code veth+1}). The first character is a letter, a
     * digit or {@code _}, so no component can look like a command-line option.
     */
    private static final Pattern COMPONENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.+@%,:-]*");

    private SysctlKeyParser() {
    }

    static SysctlKey parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidSysctlKeyException(String.valueOf(text), "the key is empty");
        }
        checkCharacters(text);
        String body = text;
        boolean slashForm;
        if (body.startsWith(PROC_SYS_PREFIX)) {
            body = body.substring(PROC_SYS_PREFIX.length());
            slashForm = true;
        } else if (body.startsWith("/")) {
            throw new InvalidSysctlKeyException(text, "absolute paths are not keys; write the path relative to "
                    + "/proc/sys, such as net/ipv4/ip_forward, or the dotted form net.ipv4.ip_forward");
        } else {
            int slash = body.indexOf('/');
            int dot = body.indexOf('.');
            slashForm = slash >= 0 && (dot < 0 || slash < dot);
        }
        for (String segment : body.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                throw new InvalidSysctlKeyException(text, "'" + segment + "' path components are not accepted: "
                        + "a key names a file below /proc/sys and cannot leave it");
            }
        }
        List<String> components = slashForm ? splitSlashForm(text, body) : splitDottedForm(text, body);
        for (String component : components) {
            checkComponent(text, component);
        }
        return new SysctlKey(components);
    }

    private static void checkCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                throw new InvalidSysctlKeyException(text, "whitespace at index " + i + " (U+"
                        + String.format("%04X", (int) c) + "); keys contain no spaces");
            }
            if (Character.isISOControl(c)) {
                throw new InvalidSysctlKeyException(text, "control character U+" + String.format("%04X", (int) c)
                        + " at index " + i);
            }
            if (SHELL_METACHARACTERS.indexOf(c) >= 0) {
                String hint = c == '=' ? "; pass the value separately from the key" : "";
                throw new InvalidSysctlKeyException(text, "character '" + c + "' at index " + i
                        + " is not allowed in a key" + hint);
            }
        }
    }

    private static List<String> splitSlashForm(String text, String body) {
        List<String> components = new ArrayList<>();
        String[] parts = body.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                throw new InvalidSysctlKeyException(text, emptyComponent(i, parts.length, '/'));
            }
            components.add(parts[i]);
        }
        return components;
    }

    private static List<String> splitDottedForm(String text, String body) {
        List<String> components = new ArrayList<>();
        String[] parts = body.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                throw new InvalidSysctlKeyException(text, emptyComponent(i, parts.length, '.'));
            }
            String component = parts[i].replace('/', '.');
            if (component.equals(".") || component.equals("..")) {
                throw new InvalidSysctlKeyException(text, "component '" + parts[i] + "' stands for '" + component
                        + "', which cannot name a file below /proc/sys");
            }
            components.add(component);
        }
        return components;
    }

    private static String emptyComponent(int index, int count, char separator) {
        if (index == 0) {
            return "empty component at the start (a leading '" + separator + "')";
        }
        if (index == count - 1) {
            return "empty component at the end (a trailing '" + separator + "')";
        }
        return "empty component at position " + (index + 1) + " (two '" + separator + "' in a row)";
    }

    private static void checkComponent(String text, String component) {
        if (component.length() > MAX_COMPONENT_LENGTH) {
            throw new InvalidSysctlKeyException(text, "component of " + component.length()
                    + " characters is longer than the " + MAX_COMPONENT_LENGTH + " a file name may have");
        }
        if (!COMPONENT.matcher(component).matches()) {
            throw new InvalidSysctlKeyException(text, "component '" + component + "' is not a /proc/sys name: "
                    + "expected letters, digits and _ . + @ % , : -, starting with a letter, digit or _");
        }
    }
}
