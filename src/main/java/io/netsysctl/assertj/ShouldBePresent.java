package io.netsysctl.assertj;

import io.netsysctl.report.FailureCategory;

/** The key has no file in the target although it should have one. */
final class ShouldBePresent extends SysctlMessage {

    private ShouldBePresent(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldBePresent shouldBePresent(SysctlReading reading) {
        return new ShouldBePresent(expectedButWas(reading, "a value in " + reading.key().procPath(), "(missing)"));
    }
}
