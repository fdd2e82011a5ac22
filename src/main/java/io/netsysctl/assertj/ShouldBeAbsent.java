package io.netsysctl.assertj;

import io.netsysctl.report.FailureCategory;

/** The key has a file in the target although it should have none. */
final class ShouldBeAbsent extends SysctlMessage {

    private ShouldBeAbsent(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldBeAbsent shouldBeAbsent(SysctlReading reading) {
        return new ShouldBeAbsent(expectedButWas(reading, "(missing), no file " + reading.key().procPath()));
    }
}
