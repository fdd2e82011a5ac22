package io.netsysctl.assertj;

import static io.netsysctl.probe.ProbeValues.show;

import io.netsysctl.report.FailureCategory;

/** Value equality failed: the value read differs, field by field, from the expected one. */
final class ShouldHaveValue extends SysctlMessage {

    private ShouldHaveValue(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldHaveValue shouldHaveValue(SysctlReading reading, String expected) {
        return new ShouldHaveValue(subject(reading) + "\n"
                + "expected: " + expected + "\n"
                + " but was: " + show(reading.value()));
    }
}
