package io.netsysctl.examples;

import static io.netsysctl.assertj.NetSysctlAssertions.assertThat;

import io.netsysctl.HostNamespace;
import io.netsysctl.NetSysctl;
import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import org.junit.jupiter.api.Test;

/**
 * The namespace sandbox needs no image and no Docker engine: new network and mount namespaces, set up the way
 * runc sets up a container's {@code /proc/sys}. It certifies the kernel's side of the story quickly, as root.
 */
@NetSysctl(runtime = RuntimeKind.SANDBOX, sysctls = "net.ipv4.tcp_keepalive_time=600")
class SandboxRuntimeIT {

    @Test
    void sandboxBehavesLikeAContainer(SysctlContainer sandbox, HostNamespace host) {
        assertThat(sandbox).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(600);
        assertThat(sandbox).sysctl("net.ipv4.tcp_keepalive_intvl").isKernelDefault();
        assertThat(sandbox).sysctl("net.ipv4.tcp_congestion_control").isSameAs(host);
        assertThat(sandbox).hasReadOnly("/proc/sys");
        assertThat(sandbox).isIsolatedFrom(host).on("net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_keepalive_intvl");
    }

    @Test
    @NetSysctl(name = "unconfined", runtime = RuntimeKind.SANDBOX, securityOpt = "systempaths=unconfined")
    void unconfinedSandboxHasWritableProcSys(
            @io.netsysctl.NetSysctlTarget("unconfined") SysctlContainer unconfined) {
        assertThat(unconfined.probeWriteUnder("/proc/sys").succeeded()).isTrue();
    }
}
