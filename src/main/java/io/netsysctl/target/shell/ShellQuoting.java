package io.netsysctl.target.shell;

/** Quotes text for POSIX sh so that no character of it is interpreted by the shell. */
public final class ShellQuoting {

    private ShellQuoting() {
    }

    /**
     * Returns {@code text} as one single-quoted sh word: {@code it's} becomes {@code 'it'\''s'}. Inside single
     * quotes sh interprets nothing, so only the quote itself needs the close-escape-reopen sequence.
     */
    public static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /**
     * Checks a root prefix: empty for the target's own root, or an absolute path without a trailing slash,
     * {@code ..} component or newline, such as {@code /proc/1/root}.
     *
     * @throws IllegalArgumentException naming the prefix and the accepted forms
     */
    static String checkRoot(String root) {
        if (root == null) {
            throw new IllegalArgumentException("root prefix is null; use \"\" for the target's own root");
        }
        if (root.isEmpty()) {
            return root;
        }
        boolean valid = root.startsWith("/") && !root.endsWith("/") && !root.contains("\n")
                && !root.contains("\0") && !("/" + root + "/").contains("/../");
        if (!valid) {
            throw new IllegalArgumentException("invalid root prefix '" + root
                    + "': expected \"\" or an absolute path without trailing slash or '..', such as /proc/1/root");
        }
        return root;
    }
}
