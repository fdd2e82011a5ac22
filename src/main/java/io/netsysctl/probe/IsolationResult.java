package io.netsysctl.probe;

import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import java.util.Optional;

/**
 * The outcome of one {@link IsolationProbe#check isolation probe} for one key.
 *
 * @param key the key probed
 * @param target the description of the target probed
 * @param status whether the key was isolated, leaked, or could not be probed
 * @param probeValue the value set inside the target, empty when no value could be set
 * @param targetBefore the target's value before the probe
 * @param targetWithProbe the target's value read back after the probe value was set
 * @param hostBefore the host's value before the probe value was set in the target
 * @param hostAfter the host's value after the probe value was set in the target
 * @param siblingBefore the value of a fresh network namespace before the probe value was set
 * @param siblingAfter the value of a fresh network namespace after the probe value was set
 * @param hostChange the reverse probe, present when the check was asked to change the host value
 * @param message one sentence naming what leaked, why the key could not be probed, or that it is isolated
 */
public record IsolationResult(SysctlKey key, String target, Status status, Optional<String> probeValue,
        Optional<SysctlValue> targetBefore, Optional<SysctlValue> targetWithProbe, Optional<SysctlValue> hostBefore,
        Optional<SysctlValue> hostAfter, Optional<SysctlValue> siblingBefore, Optional<SysctlValue> siblingAfter,
        Optional<HostChange> hostChange, String message) {

    /** The verdict of a probe. */
    public enum Status {
        /** Neither side saw the other's change. */
        ISOLATED,
        /** A change on one side reached the host, the sibling namespace or the target. */
        LEAKED,
        /** No different value could be set: the key is missing, read-only, or has no known alternative. */
        NOT_PROBED
    }

    /**
     * The reverse probe: the host value changed while the target is watched.
     *
     * @param hostProbeValue the value written to the host
     * @param targetBefore the target's value before the host change
     * @param targetAfter the target's value while the host had the probe value
     * @param hostRestored whether the host's original value was written back and read back unchanged
     */
    public record HostChange(String hostProbeValue, Optional<SysctlValue> targetBefore,
            Optional<SysctlValue> targetAfter, boolean hostRestored) {
    }

    /** Returns whether the key was probed and no change crossed the namespace boundary. */
    public boolean isolated() {
        return status == Status.ISOLATED;
    }

    static IsolationResult notProbed(SysctlKey key, String target, Optional<SysctlValue> targetBefore,
            String message) {
        return new IsolationResult(key, target, Status.NOT_PROBED, Optional.empty(), targetBefore,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), message);
    }
}
