package io.netsysctl.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The errno values a write to {@code /proc/sys} reports, with the strerror(3) text that names them. */
public enum Errno {
    EROFS("Read-only file system"),
    EACCES("Permission denied"),
    EPERM("Operation not permitted"),
    EINVAL("Invalid argument"),
    // dash and BusyBox sh print their own text when a redirection names a file in a missing directory.
    ENOENT("No such file or directory", "Directory nonexistent", "nonexistent directory"),
    // musl prints "Resource busy" where glibc prints "Device or resource busy".
    EBUSY("Device or resource busy", "Resource busy"),
    ENODEV("No such device");

    private final String message;
    private final List<String> texts;

    Errno(String message, String... otherTexts) {
        this.message = message;
        this.texts = java.util.stream.Stream.concat(java.util.stream.Stream.of(message),
                java.util.stream.Stream.of(otherTexts)).map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    /** Returns the strerror(3) text of this errno, as glibc and musl print it. */
    public String message() {
        return message;
    }

    /**
     * Finds the errno whose strerror(3) text (glibc or musl) occurs in {@code text}, ignoring case, such as
     * {@link #EROFS} in {@code sh: can't create /proc/sys/net/ipv4/ip_forward: Read-only file system}.
     *
     * <p>Do not classify sysctl(8)'s output this way: procps prints "permission denied" for EROFS.
     *
     * @return the errno, or empty when no known text occurs
     */
    public static Optional<Errno> fromMessage(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Errno found = null;
        int foundAt = -1;
        // The last match wins: in "cannot read x: Permission denied" only the text after the last colon is
        // the strerror text, and a path could contain another errno's words before it.
        for (Errno errno : values()) {
            for (String candidate : errno.texts) {
                int at = lower.lastIndexOf(candidate);
                if (at > foundAt) {
                    found = errno;
                    foundAt = at;
                }
            }
        }
        return Optional.ofNullable(found);
    }
}
