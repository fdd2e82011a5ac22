package io.netsysctl.target;

import io.netsysctl.NetworkMode;
import io.netsysctl.RuntimeKind;
import io.netsysctl.model.SysctlKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to start: the runtime, the image and the settings the runtime applies at start.
 *
 * @param runtime which runtime starts the target
 * @param image the image reference, already resolved; ignored by the sandbox
 * @param network the network mode
 * @param privileged like {@code docker run --privileged}
 * @param securityOpt like {@code docker run --security-opt}, for example {@code systempaths=unconfined}
 * @param sysctls applied at start, like {@code docker run --sysctl}, in the given order
 */
public record TargetSpec(RuntimeKind runtime, String image, NetworkMode network, boolean privileged,
        List<String> securityOpt, Map<SysctlKey, String> sysctls) {

    public TargetSpec {
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(network, "network");
        securityOpt = List.copyOf(securityOpt);
        sysctls = Collections.unmodifiableMap(new LinkedHashMap<>(sysctls));
    }

    /** Returns a spec for {@code image} with the default settings: bridge network, nothing else. */
    public static TargetSpec of(RuntimeKind runtime, String image) {
        return new TargetSpec(runtime, image, NetworkMode.BRIDGE, false, List.of(), Map.of());
    }

    /** Returns a copy with {@code runtime} replaced. */
    public TargetSpec withRuntime(RuntimeKind newRuntime) {
        return new TargetSpec(newRuntime, image, network, privileged, securityOpt, sysctls);
    }

    /** Returns a copy with {@code network} replaced. */
    public TargetSpec withNetwork(NetworkMode newNetwork) {
        return new TargetSpec(runtime, image, newNetwork, privileged, securityOpt, sysctls);
    }

    /** Returns a copy with {@code privileged} replaced. */
    public TargetSpec withPrivileged(boolean newPrivileged) {
        return new TargetSpec(runtime, image, network, newPrivileged, securityOpt, sysctls);
    }

    /** Returns a copy with {@code securityOpt} replaced. */
    public TargetSpec withSecurityOpt(List<String> newSecurityOpt) {
        return new TargetSpec(runtime, image, network, privileged, newSecurityOpt, sysctls);
    }

    /** Returns a copy with {@code sysctls} replaced. */
    public TargetSpec withSysctls(Map<SysctlKey, String> newSysctls) {
        return new TargetSpec(runtime, image, network, privileged, securityOpt, newSysctls);
    }
}
