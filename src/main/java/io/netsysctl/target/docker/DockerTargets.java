package io.netsysctl.target.docker;

import io.netsysctl.SysctlContainer;
import io.netsysctl.target.TargetSpec;

/** Starts Docker targets through Testcontainers. */
public final class DockerTargets {

    private DockerTargets() {
    }

    /**
     * Starts a container for {@code spec}; see {@link io.netsysctl.target.Targets#start(TargetSpec)}. The image
     * must exist on the engine: netsysctl never pulls. The container runs the image's default command, which
     * must keep running.
     *
     * @throws io.netsysctl.target.TargetStartException when the engine or the runtime rejects the settings,
     *     with the runtime's own message
     * @throws io.netsysctl.target.InfrastructureException when no engine answers, the image is missing, the
     *     container exits right after start or the machine cannot run it (such as {@code privileged} where the
     *     engine lacks a capability)
     */
    public static SysctlContainer start(TargetSpec spec) {
        return ContainerStarter.start(spec);
    }
}
