package io.netsysctl.assertj;

import io.netsysctl.SysctlTarget;

/** Assertions on a target, from {@link NetSysctlAssertions#assertThat(SysctlTarget)}. */
public class SysctlTargetAssert extends AbstractSysctlTargetAssert<SysctlTargetAssert, SysctlTarget> {

    public SysctlTargetAssert(SysctlTarget actual) {
        super(actual, SysctlTargetAssert.class);
    }
}
