package io.netsysctl.model;

import java.util.List;

/**
 * A sysctl key such as {@code net.ipv4.tcp_keepalive_time}, stored as its path components below
 * {@code /proc/sys}.
 *
 * <p>{@link #parse(String)} accepts the two forms sysctl(8) accepts. In the dotted form a {@code /} inside a
 * component stands for a literal dot, so interface {@code eth0.100} is written
 * {@code net.ipv4.conf.eth0/100.forwarding}. The slash form {@code net/ipv4/conf/eth0.100/forwarding} is
 * the file path below {@code /proc/sys}; it may start with {@code /proc/sys/}. When the first separator in the
 * text is a {@code /}, the text is read in the slash form, as procps sysctl(8) does.
 *
 * @param components the path components, for example {@code [net, ipv4, conf, eth0.100, forwarding]}
 */
public record SysctlKey(List<String> components) implements Comparable<SysctlKey> {

    public SysctlKey {
        components = List.copyOf(components);
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a sysctl key needs at least one component");
        }
    }

    /**
     * Parses a key in the dotted or the slash form.
     *
     * @throws InvalidSysctlKeyException when the input is empty, has an empty component, a {@code .} or
     *     {@code ..} component, an absolute or escaping path, whitespace, control characters, shell
     *     metacharacters or a component that is not a /proc/sys name
     */
    public static SysctlKey parse(String text) {
        return SysctlKeyParser.parse(text);
    }

    /** Returns whether the key is a network sysctl, one below {@code /proc/sys/net}. */
    public boolean isNetworkKey() {
        return components.get(0).equals("net");
    }

    /** Returns the dotted form sysctl(8) prints, with a {@code /} for each dot inside a component. */
    public String dotted() {
        StringBuilder out = new StringBuilder();
        for (String component : components) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(component.replace('.', '/'));
        }
        return out.toString();
    }

    /** Returns the path relative to {@code /proc/sys}, for example {@code net/ipv4/tcp_rmem}. */
    public String relativePath() {
        return String.join("/", components);
    }

    /** Returns the absolute path of the key's file, for example {@code /proc/sys/net/ipv4/tcp_rmem}. */
    public String procPath() {
        return "/proc/sys/" + relativePath();
    }

    @Override
    public int compareTo(SysctlKey other) {
        return dotted().compareTo(other.dotted());
    }

    @Override
    public String toString() {
        return dotted();
    }
}
