package io.netsysctl.assertj;

/**
 * Assertions on one sysctl value, from {@code assertThat(target).sysctl("net.ipv4.tcp_keepalive_time")}.
 * See {@link AbstractSysctlValueAssert} for the checks.
 */
public class SysctlValueAssert extends AbstractSysctlValueAssert<SysctlValueAssert, SysctlReading> {

    /** Creates an assert for one reading, as returned by {@code assertThat(target).sysctl(key)}. */
    public SysctlValueAssert(SysctlReading actual) {
        super(actual, SysctlValueAssert.class);
    }
}
