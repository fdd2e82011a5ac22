package io.netsysctl.target;

/**
 * Thrown when the runtime rejects a target: the engine or runc refused the settings. The message is the
 * runtime's own; {@link #runtimeMessage()} returns it without the prefix this class adds.
 */
public class TargetStartException extends RuntimeException {

    private final String runtimeMessage;

    public TargetStartException(String message, String runtimeMessage, Throwable cause) {
        super(message, cause);
        this.runtimeMessage = runtimeMessage;
    }

    /** Returns the runtime's message, as the engine or runc printed it. */
    public String runtimeMessage() {
        return runtimeMessage;
    }
}
