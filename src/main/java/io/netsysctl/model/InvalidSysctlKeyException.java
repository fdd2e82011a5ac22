package io.netsysctl.model;

/** Thrown when a text is not a valid sysctl key; the message shows the input and the reason. */
public class InvalidSysctlKeyException extends IllegalArgumentException {

    private final String input;

    /** Creates the exception for {@code input}, with the reason it is invalid. */
    public InvalidSysctlKeyException(String input, String reason) {
        super("invalid sysctl key '" + printable(input) + "': " + reason);
        this.input = input;
    }

    /** Returns the text that failed to parse. */
    public String input() {
        return input;
    }

    /** Returns the text with control characters written as {@code \}{@code uXXXX}, so a message stays one line. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
