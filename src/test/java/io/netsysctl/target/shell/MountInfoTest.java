package io.netsysctl.target.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netsysctl.model.MountEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MountInfoTest {

    private static final String ROOT = "21 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw,errors=remount-ro";
    private static final String PROC = "22 21 0:20 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw";
    private static final String PROC_SYS_RO =
            "40 22 0:20 /sys /proc/sys ro,nosuid,nodev,noexec,relatime - proc proc rw";
    private static final String PROC_SYS_RW = "41 40 0:20 /sys /proc/sys rw,relatime master:3 shared:9 - proc proc rw";
    private static final String SPACED =
            "50 21 0:45 /my\\040dir /mnt/with\\040space\\011tab rw - tmpfs a\\134b rw,size=10k";
    private static final String PROCESSES = "60 21 0:46 / /proc2 rw - tmpfs none rw";

    @Test
    void parseDecodesEveryField() {
        List<MountEntry> entries = MountInfo.parse(ROOT + "\n" + PROC_SYS_RO + "\n" + SPACED + "\n");

        assertThat(entries).containsExactly(
                new MountEntry("/", "/", List.of("rw", "relatime"), "ext4", "/dev/sda1",
                        List.of("rw", "errors=remount-ro"), ROOT),
                new MountEntry("/proc/sys", "/sys", List.of("ro", "nosuid", "nodev", "noexec", "relatime"), "proc",
                        "proc", List.of("rw"), PROC_SYS_RO),
                new MountEntry("/mnt/with space\ttab", "/my dir", List.of("rw"), "tmpfs", "a\\b",
                        List.of("rw", "size=10k"), SPACED));
        assertThat(entries.get(1).readOnly()).isTrue();
        assertThat(entries.get(0).readOnly()).isFalse();
    }

    @Test
    void parseSkipsSeveralOptionalFields() {
        MountEntry entry = MountInfo.parse(PROC_SYS_RW).get(0);

        assertThat(entry.mountPoint()).isEqualTo("/proc/sys");
        assertThat(entry.fsType()).isEqualTo("proc");
        assertThat(entry.source()).isEqualTo("proc");
        assertThat(entry.superOptions()).containsExactly("rw");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /proc/sys/net/ipv4/ip_forward | /proc/sys
            /proc/sys                     | /proc/sys
            /proc/sys/                    | /proc/sys
            /proc/sysfoo                  | /proc
            /proc2/x                      | /proc2
            /proc                         | /proc
            /etc/passwd                   | /
            /                             | /
            """)
    void findTakesLongestMountPointOnComponentBoundary(String path, String expectedMountPoint) {
        List<MountEntry> entries = MountInfo.parse(String.join("\n", ROOT, PROC, PROC_SYS_RO, PROCESSES));

        assertThat(MountInfo.find(entries, path)).map(MountEntry::mountPoint).contains(expectedMountPoint);
    }

    @Test
    void findTakesLastOfStackedMounts() {
        List<MountEntry> entries = MountInfo.parse(String.join("\n", ROOT, PROC, PROC_SYS_RW, PROC_SYS_RO));

        assertThat(MountInfo.find(entries, "/proc/sys/net")).map(MountEntry::line).contains(PROC_SYS_RO);
    }

    @Test
    void findWithoutRootMountIsEmpty() {
        assertThat(MountInfo.find(MountInfo.parse(PROC_SYS_RO), "/etc")).isEmpty();
    }

    @Test
    void parseRejectsLineWithoutSeparator() {
        assertThatThrownBy(() -> MountInfo.parse(ROOT + "\n21 1 8:1 / / rw ext4 /dev/sda1 rw"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("malformed mountinfo line 2: expected at least 6 fields, a '-' separator and 2 more "
                        + "fields, got '21 1 8:1 / / rw ext4 /dev/sda1 rw'");
    }

    @Test
    void parseReadsThisProcessMountinfo() throws Exception {
        List<MountEntry> entries = MountInfo.parse(java.nio.file.Files.readString(
                java.nio.file.Path.of("/proc/self/mountinfo")));

        assertThat(MountInfo.find(entries, "/proc/sys/net")).map(MountEntry::fsType).contains("proc");
    }
}
