package io.netsysctl.assertj;

import org.assertj.core.api.AbstractSoftAssertions;

/**
 * Soft assertions on targets: failures are collected and reported together by {@link #assertAll()}.
 * Works with AssertJ's {@code SoftAssertionsExtension} and {@code @InjectSoftAssertions}.
 *
 * <pre>{@code
 * NetSysctlSoftAssertions softly = new NetSysctlSoftAssertions();
 * softly.assertThat(container).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(600);
 * softly.assertThat(container).hasReadOnly("/proc/sys");
 * softly.assertAll();
 * }</pre>
 */
public class NetSysctlSoftAssertions extends AbstractSoftAssertions implements NetSysctlSoftAssertionsProvider {
}
