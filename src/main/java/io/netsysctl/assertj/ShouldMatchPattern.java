package io.netsysctl.assertj;

import io.netsysctl.report.FailureCategory;

/** The value, fields joined by single spaces, does not match a regular expression as a whole. */
final class ShouldMatchPattern extends SysctlMessage {

    private ShouldMatchPattern(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldMatchPattern shouldMatch(SysctlReading reading, String regex) {
        return new ShouldMatchPattern(expectedButWas(reading, "a whole match of the regular expression " + regex));
    }
}
