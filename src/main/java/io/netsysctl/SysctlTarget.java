package io.netsysctl;

import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A place whose network sysctls can be read and probed: the host's initial network namespace, a
 * namespace sandbox or a container. Nothing is required inside a container image: targets read through
 * the runtime or from the host side.
 */
public interface SysctlTarget {

    /**
     * Returns a short description for messages, naming the runtime, the image or sandbox, the short
     * container id and the network namespace id, for example
     * {@code docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451)}.
     */
    String description();

    /** Returns the runtime that runs this target: {@code host}, {@code sandbox}, {@code runc}, ... */
    String runtime();

    /** Returns the inode of the target's network namespace, the id {@code lsns -t net} prints. */
    long networkNamespaceId();

    /**
     * Reads many keys in one round trip to the target.
     *
     * @return every requested key, mapped to its value, or to empty when the key has no file in the target
     */
    Map<SysctlKey, Optional<SysctlValue>> read(Collection<SysctlKey> keys);

    /** Reads one key; empty when the key has no file in the target. */
    default Optional<SysctlValue> read(SysctlKey key) {
        return read(List.of(key)).get(key);
    }

    /** Lists every key under {@code /proc/sys/net} in the target, sorted. */
    List<SysctlKey> listKeys();

    /**
     * Writes the key's current value back with a real write(2), which detects a writable
     * {@code /proc/sys} without changing anything.
     */
    WriteOutcome probeWrite(SysctlKey key);

    /** Writes {@code value} to the key with a real write(2) from inside the target's mount namespace. */
    WriteOutcome probeWrite(SysctlKey key, String value);

    /**
     * Attempts a real write below {@code path} as seen inside the target. Under {@code /proc/sys} it writes the
     * current value of a key back; elsewhere it creates and removes a probe file.
     */
    WriteOutcome probeWriteUnder(String path);

    /** Returns the mount that contains {@code path} in the target, from the target's mountinfo. */
    Optional<MountEntry> mountOf(String path);
}
