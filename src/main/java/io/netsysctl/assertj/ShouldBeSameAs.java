package io.netsysctl.assertj;

import static io.netsysctl.probe.ProbeValues.show;

import io.netsysctl.SysctlTarget;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.report.FailureCategory;
import java.util.Optional;

/** The value differs from the same key's value in another target, usually the host. */
final class ShouldBeSameAs extends SysctlMessage {

    private ShouldBeSameAs(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldBeSameAs shouldBeSameAs(SysctlReading reading, SysctlTarget other, Optional<SysctlValue> otherValue) {
        return new ShouldBeSameAs(expectedButWas(reading, show(otherValue) + ", the value in " + other.description()));
    }
}
