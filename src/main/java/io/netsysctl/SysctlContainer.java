package io.netsysctl;

import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A started target with a network namespace of its own: a Docker container or a namespace sandbox. The code
 * that started it closes it, which removes the container or sandbox and every helper it used.
 */
public interface SysctlContainer extends SysctlTarget, AutoCloseable {

    /** Returns the image the target runs, or {@code sandbox} for the built-in namespace sandbox. */
    String image();

    /** Returns the id of the target: the full container id, or the sandbox's name. */
    String id();

    /** Returns the host PID of the target's main process, when that process is visible on this host. */
    OptionalLong hostPid();

    /**
     * Sets a key inside the target from the host side, the way an operator runs
     * {@code nsenter -t PID -n sysctl -w KEY=VALUE}, or through the runtime when the process is not visible.
     *
     * @throws IllegalStateException with the target's error text when the write fails
     * @throws io.netsysctl.target.InfrastructureException when the write cannot run, for example because the
     *     engine does not answer or the command times out
     */
    void setFromHost(SysctlKey key, String value);

    /**
     * Reads the values a newly created network namespace gets on the kernel that runs this target: a fresh
     * {@code unshare -n} for the sandbox, a throwaway container with no sysctls on the same engine for Docker.
     */
    Map<SysctlKey, Optional<SysctlValue>> readFreshNamespace(Collection<SysctlKey> keys);

    /** Stops and removes the target; safe to call more than once. */
    @Override
    void close();
}
