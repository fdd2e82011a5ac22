package io.netsysctl.assertj;

import static io.netsysctl.probe.ProbeValues.show;

import io.netsysctl.report.FailureCategory;

/** The key has a file in the target although it should have none. */
final class ShouldBeAbsent extends SysctlMessage {

    private ShouldBeAbsent(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldBeAbsent shouldBeAbsent(SysctlReading reading) {
        return new ShouldBeAbsent(subject(reading) + "\n"
                + "expected: (missing), no file " + reading.key().procPath() + "\n"
                + " but was: " + show(reading.value()));
    }
}
