package io.netsysctl.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Candidate values of the isolation probes, in the order they are tried, and the shared comparisons. */
class ProbeValuesTest {

    private static final Function<SysctlKey, Optional<SysctlValue>> NOTHING = key -> Optional.empty();

    @Test
    void numberTriesNeighbors() {
        assertThat(ProbeValues.candidates(SysctlKey.parse("net.ipv4.tcp_keepalive_probes"), SysctlValue.of("9\n"),
                Set.of(), NOTHING)).containsExactly("10", "8");
    }

    @Test
    void zeroOnlyGoesUp() {
        assertThat(ProbeValues.candidates(SysctlKey.parse("net.ipv4.ip_unprivileged_port_start"),
                SysctlValue.of("0"), Set.of(), NOTHING)).containsExactly("1");
    }

    @Test
    void multiFieldChangesOneField() {
        assertThat(ProbeValues.candidates(SysctlKey.parse("net.ipv4.ip_local_port_range"),
                SysctlValue.of("32768\t60999\n"), Set.of(), NOTHING))
                .containsExactly("32769 60999", "32767 60999", "32768 61000", "32768 60998");
    }

    @Test
    void emptyListGetsOneEntry() {
        assertThat(ProbeValues.candidates(SysctlKey.parse("net.ipv4.ip_local_reserved_ports"), SysctlValue.of("\n"),
                Set.of(), NOTHING)).containsExactly("1");
    }

    @Test
    void avoidedValuesAreSkipped() {
        assertThat(ProbeValues.candidates(SysctlKey.parse("net.ipv4.tcp_keepalive_intvl"), SysctlValue.of("75"),
                Set.of("76"), NOTHING)).containsExactly("74");
    }

    @Test
    void congestionControlUsesAllowedThenAvailable() {
        Map<String, String> lists = Map.of(
                "net.ipv4.tcp_allowed_congestion_control", "reno bbr",
                "net.ipv4.tcp_available_congestion_control", "reno bbr cubic");
        Function<SysctlKey, Optional<SysctlValue>> reader =
                key -> Optional.ofNullable(lists.get(key.dotted())).map(SysctlValue::of);

        assertThat(ProbeValues.candidates(SysctlKey.parse("net.ipv4.tcp_congestion_control"), SysctlValue.of("bbr"),
                Set.of(), reader)).containsExactly("reno", "cubic");
    }

    @Test
    void otherTextHasNoCandidate() {
        assertThat(ProbeValues.candidates(SysctlKey.parse("net.core.default_qdisc"), SysctlValue.of("fq_codel"),
                Set.of(), NOTHING)).isEmpty();
    }

    @Test
    void sameComparesFieldsAndMissing() {
        assertThat(ProbeValues.same(Optional.of(SysctlValue.of("0600\t1")), Optional.of(SysctlValue.of("600 1"))))
                .as("decimal fields compare as numbers").isTrue();
        assertThat(ProbeValues.same(Optional.of(SysctlValue.of("7200")), Optional.of(SysctlValue.of("7201"))))
                .as("different numbers").isFalse();
        assertThat(ProbeValues.same(Optional.empty(), Optional.empty())).as("both missing").isTrue();
        assertThat(ProbeValues.same(Optional.of(SysctlValue.of("1")), Optional.empty())).as("one missing").isFalse();
    }

    @Test
    void showJoinsFieldsOrNamesMissing() {
        assertThat(ProbeValues.show(Optional.of(SysctlValue.of("32768\t60999\n")))).isEqualTo("32768 60999");
        assertThat(ProbeValues.show(Optional.empty())).isEqualTo("(missing)");
    }
}
