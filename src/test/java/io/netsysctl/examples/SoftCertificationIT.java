package io.netsysctl.examples;

import io.netsysctl.HostNamespace;
import io.netsysctl.NetSysctl;
import io.netsysctl.SysctlContainer;
import io.netsysctl.assertj.NetSysctlSoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A certification that reports every deviation at once instead of stopping at the first: AssertJ's
 * {@link SoftAssertionsExtension} injects {@link NetSysctlSoftAssertions} and checks them after the test.
 */
@ExtendWith(SoftAssertionsExtension.class)
@NetSysctl(sysctls = {"net.ipv4.tcp_keepalive_time=600", "net.core.somaxconn=1024"})
class SoftCertificationIT {

    @InjectSoftAssertions
    NetSysctlSoftAssertions softly;

    @Test
    void allSettingsAtOnce(SysctlContainer container, HostNamespace host) {
        softly.assertThat(container).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(600);
        softly.assertThat(container).sysctl("net.core.somaxconn").isEqualTo(1024);
        softly.assertThat(container).sysctl("net.ipv4.ip_local_port_range").matches("\\d+ \\d+");
        softly.assertThat(container).sysctl("net.core.netdev_max_backlog").isAbsent();
        softly.assertThat(container).sysctl("net.ipv4.tcp_rmem").isSameAs(host);
        softly.assertThat(container).hasReadOnly("/proc/sys");
    }
}
