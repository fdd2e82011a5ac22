package io.netsysctl.assertj;

import static io.netsysctl.probe.ProbeValues.show;

import io.netsysctl.report.FailureCategory;

/** The value is outside an inclusive range, or is not a single number. */
final class ShouldBeInRange extends SysctlMessage {

    private ShouldBeInRange(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldBeInRange shouldBeInRange(SysctlReading reading, long min, long max) {
        String actual = show(reading.value());
        if (reading.value().isPresent() && !reading.value().get().isNumber()) {
            actual += ", not a single number";
        }
        return new ShouldBeInRange(expectedButWas(reading, "between " + min + " and " + max + ", inclusive", actual));
    }
}
