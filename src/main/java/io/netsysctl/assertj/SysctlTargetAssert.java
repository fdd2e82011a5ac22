package io.netsysctl.assertj;

import io.netsysctl.SysctlTarget;

/** Assertions on a target, from {@link NetSysctlAssertions#assertThat(SysctlTarget)}. */
public class SysctlTargetAssert extends AbstractSysctlTargetAssert<SysctlTargetAssert, SysctlTarget> {

    /**
     * Creates an assert for {@code actual}; tests usually call
     * {@link NetSysctlAssertions#assertThat(SysctlTarget)}.
     */
    public SysctlTargetAssert(SysctlTarget actual) {
        super(actual, SysctlTargetAssert.class);
    }
}
