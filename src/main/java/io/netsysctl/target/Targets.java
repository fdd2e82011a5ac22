package io.netsysctl.target;

import io.netsysctl.HostNamespace;
import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import io.netsysctl.target.docker.DockerEngine;
import io.netsysctl.target.docker.DockerTargets;
import io.netsysctl.target.host.HostTarget;
import io.netsysctl.target.sandbox.SandboxTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts targets. The single entry point the JUnit extension and the suite engine use. */
public final class Targets {

    private static final Logger LOG = LoggerFactory.getLogger(Targets.class);
    private static final HostTarget HOST = new HostTarget();

    private Targets() {
    }

    /** Returns the host's initial network namespace, as this JVM sees it; one shared instance. */
    public static HostNamespace host() {
        return HOST;
    }

    /**
     * The runtime {@link RuntimeKind#AUTO} resolved to, and why, for reports that must say "fell back to the
     * sandbox".
     *
     * @param requested the runtime the spec asked for
     * @param resolved {@link RuntimeKind#DOCKER} or {@link RuntimeKind#SANDBOX}
     * @param reason why, for example {@code no Docker engine answered}
     */
    public record Resolution(RuntimeKind requested, RuntimeKind resolved, String reason) {

        /** Returns whether AUTO chose the sandbox because no Docker engine answered. */
        public boolean fellBackToSandbox() {
            return requested == RuntimeKind.AUTO && resolved == RuntimeKind.SANDBOX;
        }
    }

    /**
     * Decides which runtime starts a target of {@code runtime} kind: AUTO becomes Docker when
     * {@link DockerEngine#isReachable()} and the sandbox otherwise. The check contacts the engine once per call.
     */
    public static Resolution resolve(RuntimeKind runtime) {
        return switch (runtime) {
            case DOCKER -> new Resolution(runtime, RuntimeKind.DOCKER, "requested");
            case SANDBOX -> new Resolution(runtime, RuntimeKind.SANDBOX, "requested");
            case AUTO -> DockerEngine.isReachable()
                    ? new Resolution(runtime, RuntimeKind.DOCKER, "a Docker engine answered")
                    : new Resolution(runtime, RuntimeKind.SANDBOX,
                            "no Docker engine answered, so the namespace sandbox runs instead");
        };
    }

    /**
     * Starts a target. {@link io.netsysctl.RuntimeKind#AUTO} picks Docker when an engine answers and the
     * sandbox otherwise; {@link #resolve(RuntimeKind)} tells which beforehand.
     *
     * @throws TargetStartException when the runtime rejects the settings (the check {@code rejected} expects this)
     * @throws InfrastructureException when no engine, image or privilege allows the start
     */
    public static SysctlContainer start(TargetSpec spec) {
        Resolution resolution = resolve(spec.runtime());
        if (spec.runtime() == RuntimeKind.AUTO) {
            LOG.info("Runtime auto resolved to {}: {}", resolution.resolved().name().toLowerCase(java.util.Locale.ROOT),
                    resolution.reason());
        }
        return start(spec, resolution);
    }

    /** Starts a target with the runtime {@code resolution} chose, so a report can show the same decision. */
    public static SysctlContainer start(TargetSpec spec, Resolution resolution) {
        TargetSpec resolved = spec.withRuntime(resolution.resolved());
        return switch (resolution.resolved()) {
            case DOCKER -> DockerTargets.start(resolved);
            case SANDBOX -> SandboxTarget.start(resolved);
            case AUTO -> throw new IllegalArgumentException("a resolution must name DOCKER or SANDBOX, not AUTO");
        };
    }
}
