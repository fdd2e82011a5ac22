package io.netsysctl.target;

import io.netsysctl.HostNamespace;
import io.netsysctl.SysctlContainer;

/** Starts targets. The single entry point the JUnit extension and the suite engine use. */
public final class Targets {

    private Targets() {
    }

    /** Returns the host's initial network namespace, as this JVM sees it. */
    public static HostNamespace host() {
        throw new UnsupportedOperationException("TODO: host target");
    }

    /**
     * Starts a target. {@link io.netsysctl.RuntimeKind#AUTO} picks Docker when an engine answers and the
     * sandbox otherwise.
     *
     * @throws TargetStartException when the runtime rejects the settings (the check {@code rejected} expects this)
     * @throws InfrastructureException when no engine, image or privilege allows the start
     */
    public static SysctlContainer start(TargetSpec spec) {
        throw new UnsupportedOperationException("TODO: start " + spec);
    }
}
