package io.netsysctl.model;

/** Thrown when a text is not a valid sysctl key; the message shows the input and the reason. */
public class InvalidSysctlKeyException extends IllegalArgumentException {

    private final String input;

    public InvalidSysctlKeyException(String input, String reason) {
        super("invalid sysctl key '" + input + "': " + reason);
        this.input = input;
    }

    /** Returns the text that failed to parse. */
    public String input() {
        return input;
    }
}
