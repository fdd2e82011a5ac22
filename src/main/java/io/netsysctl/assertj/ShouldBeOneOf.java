package io.netsysctl.assertj;

import static io.netsysctl.probe.ProbeValues.show;

import io.netsysctl.report.FailureCategory;
import java.util.List;

/** The value equals none of the accepted values. */
final class ShouldBeOneOf extends SysctlMessage {

    private ShouldBeOneOf(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldBeOneOf shouldBeOneOf(SysctlReading reading, List<String> accepted) {
        return new ShouldBeOneOf(subject(reading) + "\n"
                + "expected: one of [" + String.join(", ", accepted) + "]\n"
                + " but was: " + show(reading.value()));
    }
}
