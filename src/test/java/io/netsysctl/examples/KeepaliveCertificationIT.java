package io.netsysctl.examples;

import static io.netsysctl.assertj.NetSysctlAssertions.assertThat;

import io.netsysctl.HostNamespace;
import io.netsysctl.NetSysctl;
import io.netsysctl.SysctlContainer;
import org.junit.jupiter.api.Test;

/**
 * Certifies that an image started with {@code --sysctl net.ipv4.tcp_keepalive_time=600} ends up with the
 * keepalive settings a platform team expects. The image comes from {@code -Dnetsysctl.image=...} or
 * {@code NETSYSCTL_IMAGE}, and is the local BusyBox image otherwise.
 */
@NetSysctl(image = "${netsysctl.image:-netsysctl/busybox:local}",
        sysctls = "net.ipv4.tcp_keepalive_time=600")
class KeepaliveCertificationIT {

    @Test
    void keepaliveFollowsContainer(SysctlContainer container, HostNamespace host) {
        // The value set at start wins; the other keepalive keys start at the kernel default in a new namespace.
        assertThat(container).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(600);
        assertThat(container).sysctl("net.ipv4.tcp_keepalive_intvl").isKernelDefault();
        assertThat(container).sysctl("net.ipv4.tcp_keepalive_probes").isBetween(1, 127);

        // Linux 6.x copies the congestion control algorithm from the host when the namespace is created.
        assertThat(container).sysctl("net.ipv4.tcp_congestion_control").isSameAs(host);

        // runc mounts /proc/sys read-only: sysctl -w inside the container fails with EROFS.
        assertThat(container).hasReadOnly("/proc/sys");

        // A change made inside the container's namespace never reaches the host.
        assertThat(container).isIsolatedFrom(host).on("net.ipv4.tcp_keepalive_time");
    }
}
