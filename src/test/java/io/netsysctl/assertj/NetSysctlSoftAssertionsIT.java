package io.netsysctl.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.netsysctl.NetSysctl;
import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.SysctlKey;
import java.util.List;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

/** Soft assertions collect failures of target, value and isolation asserts alike. */
@NetSysctl(runtime = RuntimeKind.SANDBOX, sysctls = "net.ipv4.tcp_keepalive_time=600")
class NetSysctlSoftAssertionsIT {

    private static final SysctlKey KEEPALIVE = SysctlKey.parse("net.ipv4.tcp_keepalive_time");

    @Test
    void collectsEveryFailure(SysctlContainer sandbox) {
        NetSysctlSoftAssertions softly = new NetSysctlSoftAssertions();

        softly.assertThat(sandbox).sysctl(KEEPALIVE).isEqualTo(601).isBetween(1, 10);
        softly.assertThat(sandbox).sysctl(KEEPALIVE).isEqualTo(600);
        softly.assertThat(sandbox).hasReadOnly("/proc/sys");
        softly.assertThat(sandbox).isIsolatedFrom(sandbox).on("net.ipv4.tcp_keepalive_time");

        List<Throwable> errors = softly.errorsCollected();
        assertThat(errors).extracting(Throwable::getMessage).containsExactly(
                "[Value mismatch] " + ShouldHaveValue.shouldHaveValue(
                        new SysctlReading(sandbox, KEEPALIVE, sandbox.read(KEEPALIVE)), "601").create(),
                "[Value mismatch] " + ShouldBeInRange.shouldBeInRange(
                        new SysctlReading(sandbox, KEEPALIVE, sandbox.read(KEEPALIVE)), 1, 10).create(),
                "[Isolation leak] " + ShouldBeIsolated.shouldBeIsolated(KEEPALIVE, sandbox, sandbox,
                        "setting '601' in " + sandbox.description() + " changed " + sandbox.description()
                                + " from '600' to '601'").create());
        AssertJMultipleFailuresError error = catchThrowableOfType(AssertJMultipleFailuresError.class,
                softly::assertAll);
        assertThat(error.getFailures()).hasSize(3);
    }

    @Test
    void passesWithoutFailures(SysctlContainer sandbox) {
        NetSysctlSoftAssertions softly = new NetSysctlSoftAssertions();

        softly.assertThat(sandbox).sysctl(KEEPALIVE).isEqualTo(600).isPresent();
        softly.assertThat(sandbox).hasReadOnly("/proc/sys");

        assertThat(softly.errorsCollected()).isEmpty();
        softly.assertAll();
    }
}
