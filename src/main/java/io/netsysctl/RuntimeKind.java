package io.netsysctl;

/** The runtime that starts a target. */
public enum RuntimeKind {
    /** A Docker engine, through Testcontainers. */
    DOCKER,
    /** The built-in namespace sandbox: new network and mount namespaces, no image and no daemon. */
    SANDBOX,
    /** Docker when an engine responds, otherwise the sandbox. */
    AUTO
}
