package io.netsysctl.target;

/**
 * Thrown when the runtime rejects a target: the engine or runc refused the settings. The message is the
 * runtime's own; {@link #runtimeMessage()} returns it without the prefix this class adds.
 */
public class TargetStartException extends RuntimeException {

    private final String runtimeMessage;

    /**
     * Creates the exception.
     *
     * @param message the full message, naming the target's settings
     * @param runtimeMessage the runtime's own text, as the engine or runc printed it
     * @param cause the error that reported the rejection, or null
     */
    public TargetStartException(String message, String runtimeMessage, Throwable cause) {
        super(message, cause);
        this.runtimeMessage = runtimeMessage;
    }

    /** Returns the runtime's message, as the engine or runc printed it. */
    public String runtimeMessage() {
        return runtimeMessage;
    }
}
