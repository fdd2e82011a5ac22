package io.netsysctl.assertj;

import io.netsysctl.report.FailureCategory;
import java.util.List;

/** The value equals none of the accepted values. */
final class ShouldBeOneOf extends SysctlMessage {

    private ShouldBeOneOf(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldBeOneOf shouldBeOneOf(SysctlReading reading, List<String> accepted) {
        return new ShouldBeOneOf(expectedButWas(reading, "one of [" + String.join(", ", accepted) + "]"));
    }
}
