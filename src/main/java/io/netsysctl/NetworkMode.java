package io.netsysctl;

/** The network a Docker target joins, like {@code docker run --network}. */
public enum NetworkMode {
    /** The engine's default bridge: a network namespace of the container's own. */
    BRIDGE,
    /** A network namespace of the container's own with only a loopback interface. */
    NONE,
    /** The host's network namespace; runc rejects {@code net.*} sysctls in this mode. */
    HOST
}
