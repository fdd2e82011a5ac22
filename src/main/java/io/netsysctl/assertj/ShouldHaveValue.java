package io.netsysctl.assertj;

import io.netsysctl.report.FailureCategory;

/** Value equality failed: the value read differs, field by field, from the expected one. */
final class ShouldHaveValue extends SysctlMessage {

    private ShouldHaveValue(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldHaveValue shouldHaveValue(SysctlReading reading, String expected) {
        return new ShouldHaveValue(expectedButWas(reading, expected));
    }
}
