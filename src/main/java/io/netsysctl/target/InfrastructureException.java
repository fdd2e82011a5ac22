package io.netsysctl.target;

/**
 * Thrown when a target cannot be started or probed for a reason outside the settings under test: no Docker
 * engine, a missing image, no privilege for the sandbox. The message says what to do.
 */
public class InfrastructureException extends RuntimeException {

    public InfrastructureException(String message) {
        super(message);
    }

    public InfrastructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
