package io.netsysctl.model;

import java.util.List;

/**
 * One line of {@code /proc/PID/mountinfo} (proc(5)), with escapes such as {@code \040} decoded.
 *
 * @param mountPoint the mount point, decoded
 * @param root the root of the mount within its filesystem, decoded
 * @param mountOptions the per-mount options, for example {@code [ro, nosuid, nodev]}
 * @param fsType the filesystem type, for example {@code proc}
 * @param source the mount source, decoded
 * @param superOptions the per-superblock options
 * @param line the line as the kernel printed it, for reports
 */
public record MountEntry(String mountPoint, String root, List<String> mountOptions, String fsType, String source,
        List<String> superOptions, String line) {

    public MountEntry {
        mountOptions = List.copyOf(mountOptions);
        superOptions = List.copyOf(superOptions);
    }

    /** Returns whether the mount itself is read-only ({@code ro} among the per-mount options). */
    public boolean readOnly() {
        return mountOptions.contains("ro");
    }
}
