package io.netsysctl.suite;

import io.netsysctl.model.SysctlKey;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a key written in a suite into a {@link SysctlKey}, with a reason and a fix when it is invalid. The
 * dotted form ({@code net.ipv4.conf.eth0/100.forwarding}, a {@code /} is a literal dot) and the slash form
 * ({@code net/ipv4/conf/eth0.100/forwarding}) are accepted, like sysctl(8): the form is the one of the first
 * separator.
 */
final class KeyValidator {

    /** Characters of interface names and key names; no shell metacharacters, no whitespace. */
    private static final Pattern COMPONENT = Pattern.compile("[A-Za-z0-9_.:@+-]+");

    private static final Pattern PARENT = Pattern.compile("(^|/)\\.\\.(/|$)");

    private KeyValidator() {
    }

    /**
     * Returns the parsed key.
     *
     * @throws IllegalArgumentException with the reason, which the loader places after the key
     */
    static SysctlKey parse(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("it is empty");
        }
        if (PARENT.matcher(text).find()) {
            throw new IllegalArgumentException("it contains a '..' path component, which would leave /proc/sys");
        }
        int slash = text.indexOf('/');
        int dot = text.indexOf('.');
        boolean slashForm = slash >= 0 && (dot < 0 || slash < dot);
        List<String> components = new ArrayList<>();
        for (String part : text.split(slashForm ? "/" : "\\.", -1)) {
            components.add(slashForm ? part : part.replace('/', '.'));
        }
        for (String component : components) {
            if (component.isEmpty()) {
                throw new IllegalArgumentException("it has an empty component (two separators in a row, or one "
                        + "at the start or end)");
            }
            if (component.equals(".") || component.equals("..")) {
                throw new IllegalArgumentException("it has a '" + component + "' component, which would leave "
                        + "/proc/sys");
            }
            if (!COMPONENT.matcher(component).matches()) {
                throw new IllegalArgumentException("component '" + component + "' contains a character other "
                        + "than letters, digits and _ . : @ + -");
            }
        }
        return new SysctlKey(components);
    }
}
