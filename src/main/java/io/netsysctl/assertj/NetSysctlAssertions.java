package io.netsysctl.assertj;

import io.netsysctl.SysctlTarget;

/**
 * Entry point of netsysctl's AssertJ assertions.
 *
 * <pre>{@code
 * assertThat(container).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(600);
 * assertThat(container).sysctl("net.ipv4.tcp_congestion_control").isSameAs(host);
 * assertThat(container).hasReadOnly("/proc/sys");
 * assertThat(container).isIsolatedFrom(host).on("net.ipv4.tcp_keepalive_time");
 * }</pre>
 *
 * <p>Import it next to AssertJ's {@code Assertions.assertThat}; the overloads do not clash. For soft
 * assertions use {@link NetSysctlSoftAssertions}.
 */
public final class NetSysctlAssertions {

    private NetSysctlAssertions() {
    }

    /** Returns assertions on a target: a container, a sandbox or the host. */
    public static SysctlTargetAssert assertThat(SysctlTarget actual) {
        return new SysctlTargetAssert(actual);
    }
}
