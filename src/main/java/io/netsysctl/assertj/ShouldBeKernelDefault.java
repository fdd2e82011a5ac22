package io.netsysctl.assertj;

import static io.netsysctl.probe.ProbeValues.show;

import io.netsysctl.model.SysctlValue;
import io.netsysctl.report.FailureCategory;
import java.util.Optional;

/** The value differs from the one a newly created network namespace gets on the same kernel. */
final class ShouldBeKernelDefault extends SysctlMessage {

    private ShouldBeKernelDefault(String text) {
        super(FailureCategory.VALUE_MISMATCH, text);
    }

    static ShouldBeKernelDefault shouldBeKernelDefault(SysctlReading reading, Optional<SysctlValue> kernelDefault) {
        return new ShouldBeKernelDefault(expectedButWas(reading,
                show(kernelDefault) + ", the kernel default of a new network namespace"));
    }
}
