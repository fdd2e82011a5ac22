package io.netsysctl.target.shell;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the link text of {@code /proc/PID/ns/net}, such as {@code net:[4026531840]}, into the inode number. */
public final class NetnsId {

    private static final Pattern LINK = Pattern.compile("net:\\[(\\d{1,19})]");

    private NetnsId() {
    }

    /**
     * Returns the namespace inode, the id {@code lsns -t net} prints.
     *
     * @throws IllegalArgumentException when the text is not of the form {@code net:[NUMBER]}
     */
    public static long parse(String link) {
        Matcher matcher = LINK.matcher(link.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("invalid network namespace link '" + link
                    + "': expected the form net:[4026531840], as readlink /proc/PID/ns/net prints it");
        }
        try {
            return Long.parseLong(matcher.group(1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid network namespace link '" + link
                    + "': the inode number does not fit in a long", e);
        }
    }
}
