package io.netsysctl.assertj;

import io.netsysctl.SysctlTarget;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.report.FailureCategory;

/**
 * A key is not isolated between two targets: a change on one side reached the other, or the probe could not
 * change the key at all, in which case isolation is unverified and the assertion fails as well.
 */
final class ShouldBeIsolated extends SysctlMessage {

    private ShouldBeIsolated(String text) {
        super(FailureCategory.ISOLATION_LEAK, text);
    }

    static ShouldBeIsolated shouldBeIsolated(SysctlKey key, SysctlTarget target, SysctlTarget other,
            String leak) {
        return new ShouldBeIsolated(subject(key, target, other) + " but was: leaking: " + leak);
    }

    static ShouldBeIsolated shouldBeVerifiablyIsolated(SysctlKey key, SysctlTarget target, SysctlTarget other,
            String reason) {
        return new ShouldBeIsolated(subject(key, target, other) + " but was: not verified: " + reason);
    }

    private static String subject(SysctlKey key, SysctlTarget target, SysctlTarget other) {
        return key + " between " + target.description() + " and " + other.description() + "\n"
                + "expected: isolated\n";
    }
}
