package io.netsysctl.target;

/**
 * Thrown when a target cannot be started or probed for a reason outside the settings under test: no Docker
 * engine, a missing image, no privilege for the sandbox. The message says what to do.
 */
public class InfrastructureException extends RuntimeException {

    /** Creates the exception; {@code message} says what failed and what to do. */
    public InfrastructureException(String message) {
        super(message);
    }

    /** Creates the exception with the error that caused it. */
    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
