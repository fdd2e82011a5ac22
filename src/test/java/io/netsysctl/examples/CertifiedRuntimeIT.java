package io.netsysctl.examples;

import static io.netsysctl.assertj.NetSysctlAssertions.assertThat;

import io.netsysctl.SysctlContainer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Uses the team's {@link CertifiedRuntime} annotation; {@code @Nested} classes share its container. */
@CertifiedRuntime
class CertifiedRuntimeIT {

    @Test
    void keepaliveSettings(SysctlContainer container) {
        assertThat(container).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(600);
        assertThat(container).sysctl("net.ipv4.tcp_keepalive_intvl").isEqualTo(30);
        assertThat(container).sysctl("net.ipv4.tcp_keepalive_probes").isOneOf(5, 9);
    }

    @Nested
    class ProcSys {

        @Test
        void isReadOnly(SysctlContainer container) {
            assertThat(container).hasReadOnly("/proc/sys");
        }
    }
}
