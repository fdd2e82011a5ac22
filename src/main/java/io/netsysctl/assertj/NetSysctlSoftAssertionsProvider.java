package io.netsysctl.assertj;

import io.netsysctl.SysctlTarget;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Adds netsysctl's assertions to a soft assertions class: every failure, including those of the value and
 * isolation asserts a target assert returns, is collected instead of thrown.
 */
public interface NetSysctlSoftAssertionsProvider extends SoftAssertionsProvider {

    /** Returns soft assertions on a target. */
    default SysctlTargetAssert assertThat(SysctlTarget actual) {
        SysctlTargetAssert targetAssert = proxy(SysctlTargetAssert.class, SysctlTarget.class, actual);
        targetAssert.children = ChildAsserts.soft(this);
        return targetAssert;
    }
}
