package io.netsysctl.assertj;

import static io.netsysctl.assertj.NetSysctlAssertions.assertThat;
import static io.netsysctl.assertj.NetSysctlAssertions.catchThrowableOfType;

import io.netsysctl.NetSysctl;
import io.netsysctl.NetSysctlTarget;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.report.CheckFailedError;
import io.netsysctl.report.FailureCategory;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Assertions against Docker containers on runc: the default read-only /proc/sys and an unconfined one. */
@NetSysctl(sysctls = "net.ipv4.tcp_keepalive_time=600")
@NetSysctl(name = "unconfined", securityOpt = "systempaths=unconfined")
class DockerAssertionsIT {

    @NetSysctlTarget
    SysctlContainer container;

    @NetSysctlTarget("unconfined")
    SysctlContainer unconfined;

    @Test
    void runcMountsProcSysReadOnly() {
        assertThat(container).hasReadOnly("/proc/sys");
    }

    @Test
    void unconfinedProcSysIsWritable() {
        Optional<MountEntry> mount = unconfined.mountOf("/proc/sys");
        WriteOutcome write = unconfined.probeWriteUnder("/proc/sys");
        SysctlMessage expected = ShouldBeReadOnly.shouldBeReadOnly("/proc/sys", unconfined, mount, write);

        CheckFailedError error = catchThrowableOfType(CheckFailedError.class,
                () -> assertThat(unconfined).hasReadOnly("/proc/sys"));

        assertThat(error).isNotNull();
        assertThat(error.category()).isEqualTo(FailureCategory.WRITABLE_PROC_SYS);
        assertThat(error.getMessage()).isEqualTo("[Writable /proc/sys] " + expected.create());
        assertThat(error.getMessage()).contains(" succeeded");
    }

    @Test
    void kernelDefaultDiffersFromStartValue() {
        SysctlKey keepalive = SysctlKey.parse("net.ipv4.tcp_keepalive_time");
        SysctlReading reading = new SysctlReading(container, keepalive, container.read(keepalive));
        SysctlMessage expected = ShouldBeKernelDefault.shouldBeKernelDefault(reading,
                container.readFreshNamespace(List.of(keepalive)).get(keepalive));

        CheckFailedError error = catchThrowableOfType(CheckFailedError.class,
                () -> assertThat(container).sysctl(keepalive).isKernelDefault());

        assertThat(error).isNotNull();
        assertThat(error.getMessage()).isEqualTo("[Value mismatch] " + expected.create());
    }
}
