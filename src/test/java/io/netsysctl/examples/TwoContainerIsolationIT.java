package io.netsysctl.examples;

import static io.netsysctl.assertj.NetSysctlAssertions.assertThat;

import io.netsysctl.NetSysctl;
import io.netsysctl.NetSysctlTarget;
import io.netsysctl.SysctlContainer;
import org.junit.jupiter.api.Test;

/**
 * Two containers of one image with different settings: each keeps its own values, and a change in one does not
 * reach the other. Each target has a name; parameters and fields pick one with {@link NetSysctlTarget}.
 */
@NetSysctl(name = "client", sysctls = "net.ipv4.tcp_keepalive_time=300")
@NetSysctl(name = "server", sysctls = {"net.ipv4.tcp_keepalive_time=900", "net.core.somaxconn=1024"})
class TwoContainerIsolationIT {

    @NetSysctlTarget("client")
    SysctlContainer client;

    @Test
    void eachContainerKeepsItsOwnValues(@NetSysctlTarget("server") SysctlContainer server) {
        assertThat(client).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(300);
        assertThat(server).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(900);
        assertThat(server).sysctl("net.core.somaxconn").isEqualTo(1024);
        assertThat(client).sysctl("net.core.somaxconn").isKernelDefault();
    }

    @Test
    void changeInOneDoesNotReachTheOther(@NetSysctlTarget("server") SysctlContainer server) {
        assertThat(client).isIsolatedFrom(server).on("net.ipv4.tcp_keepalive_time", "net.core.somaxconn");
        assertThat(server).isIsolatedFrom(client).on("net.ipv4.tcp_keepalive_time");
    }
}
