package io.netsysctl.assertj;

import io.netsysctl.SysctlTarget;
import org.assertj.core.api.Assertions;

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
 * <p>The class extends AssertJ's {@link Assertions}, so one static import of
 * {@code NetSysctlAssertions.assertThat} brings AssertJ's own overloads too. For soft assertions use
 * {@link NetSysctlSoftAssertions}.
 */
public class NetSysctlAssertions extends Assertions {

    /** Allows a project to extend this class with its own entry points; all methods are static. */
    protected NetSysctlAssertions() {
    }

    /** Returns assertions on a target: a container, a sandbox or the host. */
    public static SysctlTargetAssert assertThat(SysctlTarget actual) {
        return new SysctlTargetAssert(actual);
    }
}
