package io.netsysctl.assertj;

import static io.netsysctl.assertj.NetSysctlAssertions.assertThat;
import static io.netsysctl.assertj.NetSysctlAssertions.assertThatIllegalStateException;
import static io.netsysctl.assertj.NetSysctlAssertions.catchThrowableOfType;

import io.netsysctl.HostNamespace;
import io.netsysctl.NetSysctl;
import io.netsysctl.NetSysctlTarget;
import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import io.netsysctl.SysctlTarget;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.probe.IsolationProbe;
import io.netsysctl.probe.IsolationResult;
import io.netsysctl.report.CheckFailedError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Each assertion against real targets: a namespace sandbox like a runc container, one with a writable
 * {@code /proc/sys}, and the host. Every failure message must equal its factory's output.
 */
@NetSysctl(runtime = RuntimeKind.SANDBOX, sysctls = {"net.ipv4.tcp_keepalive_time=600", "net.core.somaxconn=1024"})
@NetSysctl(name = "unconfined", runtime = RuntimeKind.SANDBOX, securityOpt = "systempaths=unconfined")
class SysctlAssertionsIT {

    private static final SysctlKey KEEPALIVE = SysctlKey.parse("net.ipv4.tcp_keepalive_time");
    private static final SysctlKey SOMAXCONN = SysctlKey.parse("net.core.somaxconn");
    private static final SysctlKey TCP_RMEM = SysctlKey.parse("net.ipv4.tcp_rmem");
    private static final SysctlKey BACKLOG = SysctlKey.parse("net.core.netdev_max_backlog");
    private static final SysctlKey CONGESTION = SysctlKey.parse("net.ipv4.tcp_congestion_control");
    private static final SysctlKey ALLOWED_CONGESTION = SysctlKey.parse("net.ipv4.tcp_allowed_congestion_control");
    private static final SysctlKey AVAILABLE_CONGESTION =
            SysctlKey.parse("net.ipv4.tcp_available_congestion_control");

    @NetSysctlTarget
    SysctlContainer sandbox;

    @NetSysctlTarget("unconfined")
    SysctlContainer unconfined;

    @NetSysctlTarget
    HostNamespace host;

    private static SysctlReading read(SysctlTarget target, SysctlKey key) {
        return new SysctlReading(target, key, target.read(key));
    }

    private static void assertFails(ThrowingCallable assertion, String category, SysctlMessage expected) {
        CheckFailedError error = catchThrowableOfType(CheckFailedError.class, assertion);

        assertThat(error).as("failure of the assertion").isNotNull();
        assertThat(error.getMessage()).isEqualTo("[" + category + "] " + expected.create());
        assertThat(error.category()).isEqualTo(expected.category());
    }

    @Test
    void equalityAcceptsIntsStringsAndValues() {
        assertThat(sandbox).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(600);
        assertThat(sandbox).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(600L);
        assertThat(sandbox).sysctl("net/ipv4/tcp_keepalive_time").isEqualTo("600");
        assertThat(sandbox).sysctl(KEEPALIVE).isEqualTo(SysctlValue.of("600\n"));
        String rmem = sandbox.read(TCP_RMEM).orElseThrow().normalized();
        assertThat(sandbox).sysctl(TCP_RMEM).isEqualTo(rmem.replace(' ', '\t'));
    }

    @Test
    void equalityFailure() {
        assertFails(() -> assertThat(sandbox).sysctl(KEEPALIVE).isEqualTo(601), "Value mismatch",
                ShouldHaveValue.shouldHaveValue(read(sandbox, KEEPALIVE), "601"));
        assertFails(() -> assertThat(sandbox).sysctl(BACKLOG).isEqualTo(1000), "Value mismatch",
                ShouldHaveValue.shouldHaveValue(read(sandbox, BACKLOG), "1000"));
    }

    @Test
    void unsupportedExpectedType() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> assertThat(sandbox).sysctl(KEEPALIVE).isEqualTo(600.0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unsupported expected value 600.0 of type java.lang.Double: pass an int, a long, a String "
                        + "or a SysctlValue");
    }

    @Test
    void sameAsHost() {
        assertThat(sandbox).sysctl(CONGESTION).isSameAs(host);

        assertFails(() -> assertThat(sandbox).sysctl(KEEPALIVE).isSameAs(host), "Value mismatch",
                ShouldBeSameAs.shouldBeSameAs(read(sandbox, KEEPALIVE), host, host.read(KEEPALIVE)));
    }

    @Test
    void kernelDefault() {
        assertThat(sandbox).sysctl("net.ipv4.tcp_keepalive_intvl").isKernelDefault();

        Optional<SysctlValue> kernelDefault = sandbox.readFreshNamespace(List.of(KEEPALIVE)).get(KEEPALIVE);
        assertFails(() -> assertThat(sandbox).sysctl(KEEPALIVE).isKernelDefault(), "Value mismatch",
                ShouldBeKernelDefault.shouldBeKernelDefault(read(sandbox, KEEPALIVE), kernelDefault));
    }

    @Test
    void kernelDefaultNeedsContainer() {
        assertThatIllegalStateException()
                .isThrownBy(() -> assertThat(host).sysctl(KEEPALIVE).isKernelDefault())
                .withMessage("isKernelDefault() needs a SysctlContainer, but " + host.description()
                        + " is not one: compare the host with isSameAs(...) instead");
    }

    @Test
    void absentAndPresent() {
        // Linux 6.x keeps netdev_max_backlog in the initial network namespace only.
        assertThat(sandbox).sysctl(BACKLOG).isAbsent();
        assertThat(host).sysctl(BACKLOG).isPresent();

        assertFails(() -> assertThat(sandbox).sysctl(BACKLOG).isPresent(), "Value mismatch",
                ShouldBePresent.shouldBePresent(read(sandbox, BACKLOG)));
        assertFails(() -> assertThat(sandbox).sysctl(KEEPALIVE).isAbsent(), "Value mismatch",
                ShouldBeAbsent.shouldBeAbsent(read(sandbox, KEEPALIVE)));
    }

    @Test
    void range() {
        assertThat(sandbox).sysctl(SOMAXCONN).isBetween(1024, 1024);
        assertThat(sandbox).sysctl(SOMAXCONN).isBetween(128, 4096);

        assertFails(() -> assertThat(sandbox).sysctl(SOMAXCONN).isBetween(1025, 4096), "Value mismatch",
                ShouldBeInRange.shouldBeInRange(read(sandbox, SOMAXCONN), 1025, 4096));
        assertFails(() -> assertThat(sandbox).sysctl(TCP_RMEM).isBetween(0, Long.MAX_VALUE), "Value mismatch",
                ShouldBeInRange.shouldBeInRange(read(sandbox, TCP_RMEM), 0, Long.MAX_VALUE));
    }

    @Test
    void pattern() {
        assertThat(sandbox).sysctl(TCP_RMEM).matches("\\d+ \\d+ \\d+");

        assertFails(() -> assertThat(sandbox).sysctl(TCP_RMEM).matches("\\d+"), "Value mismatch",
                ShouldMatchPattern.shouldMatch(read(sandbox, TCP_RMEM), "\\d+"));
    }

    @Test
    void oneOf() {
        assertThat(sandbox).sysctl(SOMAXCONN).isOneOf(128, "1024", 4096L);

        assertFails(() -> assertThat(sandbox).sysctl(SOMAXCONN).isOneOf(128, 4096), "Value mismatch",
                ShouldBeOneOf.shouldBeOneOf(read(sandbox, SOMAXCONN), List.of("128", "4096")));
    }

    @Test
    void readOnlyProcSys() {
        assertThat(sandbox).hasReadOnly("/proc/sys");
    }

    @Test
    void writableProcSys() {
        Optional<MountEntry> mount = unconfined.mountOf("/proc/sys");
        WriteOutcome write = unconfined.probeWriteUnder("/proc/sys");

        assertFails(() -> assertThat(unconfined).hasReadOnly("/proc/sys"), "Writable /proc/sys",
                ShouldBeReadOnly.shouldBeReadOnly("/proc/sys", unconfined, mount, write));
    }

    @Test
    void isolatedFromHost() {
        assertThat(sandbox).isIsolatedFrom(host).on("net.ipv4.tcp_keepalive_time", "net.core.somaxconn");
        assertThat(host).isIsolatedFrom(sandbox).on("net.ipv4.tcp_keepalive_time");
    }

    @Test
    void isolatedBetweenContainers() {
        assertThat(sandbox).isIsolatedFrom(unconfined).on("net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_rmem");
    }

    @Test
    void sameNamespaceLeaks() {
        assertFails(() -> assertThat(sandbox).isIsolatedFrom(sandbox).on("net.ipv4.tcp_keepalive_time"),
                "Isolation leak", ShouldBeIsolated.shouldBeIsolated(KEEPALIVE, sandbox, sandbox, "setting '601' in "
                        + sandbox.description() + " changed " + sandbox.description() + " from '600' to '601'"));
        assertThat(sandbox).sysctl(KEEPALIVE).as("restored after the probe").isEqualTo(600);
    }

    @Test
    void missingKeyIsNotVerified() {
        IsolationResult result = IsolationProbe.check(sandbox, host, BACKLOG, false);

        assertFails(() -> assertThat(sandbox).isIsolatedFrom(host).on("net.core.netdev_max_backlog"),
                "Isolation leak", ShouldBeIsolated.shouldBeVerifiablyIsolated(BACKLOG, sandbox, host,
                        result.message()));
    }

    @Test
    void textValueBetweenContainersIsProbed() {
        String algorithm = sandbox.read(CONGESTION).orElseThrow().normalized();

        assertThat(sandbox).isIsolatedFrom(unconfined).on("net.ipv4.tcp_congestion_control");
        assertThat(sandbox).sysctl(CONGESTION).as("restored after the probe").isEqualTo(algorithm);
    }

    @Test
    void textValueInSameNamespaceLeaks() {
        String algorithm = sandbox.read(CONGESTION).orElseThrow().normalized();
        List<String> algorithms = new ArrayList<>(sandbox.read(ALLOWED_CONGESTION).orElseThrow().fields());
        algorithms.addAll(sandbox.read(AVAILABLE_CONGESTION).orElseThrow().fields());
        String probeValue = algorithms.stream().filter(name -> !name.equals(algorithm)).findFirst().orElseThrow();

        assertFails(() -> assertThat(sandbox).isIsolatedFrom(sandbox).on("net.ipv4.tcp_congestion_control"),
                "Isolation leak", ShouldBeIsolated.shouldBeIsolated(CONGESTION, sandbox, sandbox, "setting '"
                        + probeValue + "' in " + sandbox.description() + " changed " + sandbox.description()
                        + " from '" + algorithm + "' to '" + probeValue + "'"));
        assertThat(sandbox).sysctl(CONGESTION).as("restored after the probe").isEqualTo(algorithm);
    }

    @Test
    void descriptionReachesValueAssert() {
        CheckFailedError error = catchThrowableOfType(CheckFailedError.class,
                () -> assertThat(sandbox).as("payments keepalive").sysctl(KEEPALIVE).isEqualTo(601));

        assertThat(error.getMessage()).startsWith("[Value mismatch] [payments keepalive] net.ipv4.tcp_keepalive_time");
    }
}
