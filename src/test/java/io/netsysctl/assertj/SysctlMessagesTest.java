package io.netsysctl.assertj;

import static io.netsysctl.assertj.DescriptionOnlyTarget.CONTAINER;
import static io.netsysctl.assertj.DescriptionOnlyTarget.HOST;
import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.model.Errno;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.report.FailureCategory;
import java.util.List;
import java.util.Optional;
import org.assertj.core.description.TextDescription;
import org.assertj.core.presentation.StandardRepresentation;
import org.junit.jupiter.api.Test;

class SysctlMessagesTest {

    private static final SysctlKey KEEPALIVE = SysctlKey.parse("net.ipv4.tcp_keepalive_time");

    private static final MountEntry PROC_SYS_RW = new MountEntry("/proc/sys", "/sys", List.of("rw", "nosuid"),
            "proc", "proc", List.of("rw"), "36 30 0:5 /sys /proc/sys rw,nosuid - proc proc rw");
    private static final MountEntry PROC_SYS_RO = new MountEntry("/proc/sys", "/sys", List.of("ro", "nosuid"),
            "proc", "proc", List.of("rw"), "36 30 0:5 /sys /proc/sys ro,nosuid - proc proc rw");

    private static SysctlReading reading(SysctlKey key, String value) {
        return new SysctlReading(CONTAINER, key, Optional.ofNullable(value).map(SysctlValue::of));
    }

    @Test
    void valueMismatch() {
        SysctlMessage message = ShouldHaveValue.shouldHaveValue(reading(KEEPALIVE, "7200\n"), "600");

        assertThat(message.create()).isEqualTo("""
                net.ipv4.tcp_keepalive_time in docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, \
                netns 4026532451)
                expected: 600
                 but was: 7200""");
        assertThat(message.category()).isEqualTo(FailureCategory.VALUE_MISMATCH);
    }

    @Test
    void valueMismatchMultiFieldAndMissing() {
        SysctlKey rmem = SysctlKey.parse("net.ipv4.tcp_rmem");

        assertThat(ShouldHaveValue.shouldHaveValue(reading(rmem, "4096\t131072\t6291456\n"), "4096 87380 6291456")
                .create()).endsWith("""
                expected: 4096 87380 6291456
                 but was: 4096 131072 6291456""");
        assertThat(ShouldHaveValue.shouldHaveValue(reading(rmem, null), "4096 87380 6291456").create())
                .endsWith(" but was: (missing)");
    }

    @Test
    void descriptionComesFirst() {
        SysctlMessage message = ShouldHaveValue.shouldHaveValue(reading(KEEPALIVE, "7200"), "600");

        String text = message.create(new TextDescription("keepalive of %s", "payments"),
                StandardRepresentation.STANDARD_REPRESENTATION);

        assertThat(text).startsWith("[keepalive of payments] net.ipv4.tcp_keepalive_time in docker container");
    }

    @Test
    void sameAsHost() {
        SysctlKey congestion = SysctlKey.parse("net.ipv4.tcp_congestion_control");

        SysctlMessage message = ShouldBeSameAs.shouldBeSameAs(reading(congestion, "reno"), HOST,
                Optional.of(SysctlValue.of("bbr")));

        assertThat(message.create()).isEqualTo("""
                net.ipv4.tcp_congestion_control in docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, \
                netns 4026532451)
                expected: bbr, the value in host (netns 4026531840)
                 but was: reno""");
    }

    @Test
    void kernelDefault() {
        SysctlKey interval = SysctlKey.parse("net.ipv4.tcp_keepalive_intvl");

        SysctlMessage message = ShouldBeKernelDefault.shouldBeKernelDefault(reading(interval, "30"),
                Optional.of(SysctlValue.of("75")));

        assertThat(message.create()).isEqualTo("""
                net.ipv4.tcp_keepalive_intvl in docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, \
                netns 4026532451)
                expected: 75, the kernel default of a new network namespace
                 but was: 30""");
    }

    @Test
    void absentAndPresent() {
        SysctlKey backlog = SysctlKey.parse("net.core.netdev_max_backlog");

        assertThat(ShouldBeAbsent.shouldBeAbsent(reading(backlog, "1000")).create()).isEqualTo("""
                net.core.netdev_max_backlog in docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, \
                netns 4026532451)
                expected: (missing), no file /proc/sys/net/core/netdev_max_backlog
                 but was: 1000""");
        assertThat(ShouldBePresent.shouldBePresent(reading(backlog, null)).create()).isEqualTo("""
                net.core.netdev_max_backlog in docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, \
                netns 4026532451)
                expected: a value in /proc/sys/net/core/netdev_max_backlog
                 but was: (missing)""");
    }

    @Test
    void outOfRange() {
        SysctlKey somaxconn = SysctlKey.parse("net.core.somaxconn");

        assertThat(ShouldBeInRange.shouldBeInRange(reading(somaxconn, "4096"), 128, 1024).create()).isEqualTo("""
                net.core.somaxconn in docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, \
                netns 4026532451)
                expected: between 128 and 1024, inclusive
                 but was: 4096""");
    }

    @Test
    void rangeOfNonNumber() {
        SysctlKey rmem = SysctlKey.parse("net.ipv4.tcp_rmem");

        assertThat(ShouldBeInRange.shouldBeInRange(reading(rmem, "4096\t131072\t6291456"), 0, 10).create())
                .endsWith(" but was: 4096 131072 6291456, not a single number");
    }

    @Test
    void patternMismatch() {
        SysctlKey range = SysctlKey.parse("net.ipv4.ip_local_port_range");

        assertThat(ShouldMatchPattern.shouldMatch(reading(range, "32768\t60999"), "1024 \\d+").create())
                .isEqualTo("""
                net.ipv4.ip_local_port_range in docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, \
                netns 4026532451)
                expected: a whole match of the regular expression 1024 \\d+
                 but was: 32768 60999""");
    }

    @Test
    void noneOf() {
        SysctlKey congestion = SysctlKey.parse("net.ipv4.tcp_congestion_control");

        assertThat(ShouldBeOneOf.shouldBeOneOf(reading(congestion, "reno"), List.of("cubic", "bbr")).create())
                .isEqualTo("""
                net.ipv4.tcp_congestion_control in docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, \
                netns 4026532451)
                expected: one of [cubic, bbr]
                 but was: reno""");
    }

    @Test
    void writableMountAndSuccessfulWrite() {
        WriteOutcome write = WriteOutcome.succeeded("/proc/sys/net/ipv4/tcp_keepalive_time", "7200");

        SysctlMessage message = ShouldBeReadOnly.shouldBeReadOnly("/proc/sys", CONTAINER, Optional.of(PROC_SYS_RW),
                write);

        assertThat(message.create()).isEqualTo("""
                /proc/sys in docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451)
                expected: read-only, mounted ro and rejecting writes with EROFS (Read-only file system)
                 but was: mounted read-write: 36 30 0:5 /sys /proc/sys rw,nosuid - proc proc rw
                     and: writing '7200' to /proc/sys/net/ipv4/tcp_keepalive_time succeeded""");
        assertThat(message.category()).isEqualTo(FailureCategory.WRITABLE_PROC_SYS);
    }

    @Test
    void readOnlyMountWithOtherErrno() {
        WriteOutcome write = WriteOutcome.failed("/proc/sys/net/core/rmem_max", "212992", Errno.EACCES,
                "Permission denied");

        SysctlMessage message = ShouldBeReadOnly.shouldBeReadOnly("/proc/sys", CONTAINER, Optional.of(PROC_SYS_RO),
                write);

        assertThat(message.create()).endsWith("""
                 but was: writing '212992' to /proc/sys/net/core/rmem_max failed with EACCES (Permission denied), \
                not EROFS, so a read-only mount did not reject it""");
    }

    @Test
    void noMount() {
        WriteOutcome write = WriteOutcome.failed("/data/.netsysctl-probe", "", Errno.EROFS, "Read-only file system");

        assertThat(ShouldBeReadOnly.shouldBeReadOnly("/data", CONTAINER, Optional.empty(), write).create())
                .endsWith(" but was: no mount contains /data");
    }

    @Test
    void readOnlyNeedsFlagAndErofs() {
        WriteOutcome erofs = WriteOutcome.failed("/proc/sys/net/ipv4/tcp_keepalive_time", "7200", Errno.EROFS, "");
        WriteOutcome eacces = WriteOutcome.failed("/proc/sys/net/ipv4/tcp_keepalive_time", "7200", Errno.EACCES, "");

        assertThat(ShouldBeReadOnly.readOnly(Optional.of(PROC_SYS_RO), erofs)).isTrue();
        assertThat(ShouldBeReadOnly.readOnly(Optional.of(PROC_SYS_RW), erofs)).isFalse();
        assertThat(ShouldBeReadOnly.readOnly(Optional.of(PROC_SYS_RO), eacces)).isFalse();
        assertThat(ShouldBeReadOnly.readOnly(Optional.empty(), erofs)).isFalse();
    }

    @Test
    void isolationLeak() {
        SysctlMessage message = ShouldBeIsolated.shouldBeIsolated(KEEPALIVE, CONTAINER, HOST,
                "the host changed from '7200' to '7201'");

        assertThat(message.create()).isEqualTo("""
                net.ipv4.tcp_keepalive_time between docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, \
                netns 4026532451) and host (netns 4026531840)
                expected: isolated
                 but was: leaking: the host changed from '7200' to '7201'""");
        assertThat(message.category()).isEqualTo(FailureCategory.ISOLATION_LEAK);
    }

    @Test
    void isolationNotVerified() {
        SysctlMessage message = ShouldBeIsolated.shouldBeVerifiablyIsolated(KEEPALIVE, CONTAINER, HOST,
                "no other value is known for 'abc'");

        assertThat(message.create()).endsWith("""
                expected: isolated
                 but was: not verified: no other value is known for 'abc'""");
    }
}
