package io.netsysctl.assertj;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netsysctl.SysctlContainer;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.target.InfrastructureException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PairIsolationTest {

    private static final SysctlKey KEEPALIVE = SysctlKey.parse("net.ipv4.tcp_keepalive_time");
    private static final SysctlKey CONGESTION_CONTROL = SysctlKey.parse("net.ipv4.tcp_congestion_control");
    private static final SysctlKey ALLOWED = SysctlKey.parse("net.ipv4.tcp_allowed_congestion_control");

    @Test
    void candidatesOfNumber() {
        FakeContainer changed = new FakeContainer("changed", Map.of(KEEPALIVE, "7200"));

        assertThat(PairIsolation.candidates(changed, KEEPALIVE, SysctlValue.of("7200\n"), Optional.empty()))
                .containsExactly("7201", "7199");
    }

    @Test
    void candidatesOfMultiField() {
        SysctlKey key = SysctlKey.parse("net.ipv4.tcp_rmem");
        FakeContainer changed = new FakeContainer("changed", Map.of(key, "4096 131072 6291456"));

        assertThat(PairIsolation.candidates(changed, key, SysctlValue.of("4096\t131072\t6291456"), Optional.empty()))
                .containsExactly("4097 131072 6291456", "4095 131072 6291456", "4096 131073 6291456",
                        "4096 131071 6291456", "4096 131072 6291457", "4096 131072 6291455");
    }

    @Test
    void candidatesOfText() {
        SysctlKey qdisc = SysctlKey.parse("net.core.default_qdisc");
        FakeContainer changed = new FakeContainer("changed", Map.of(qdisc, "fq_codel", CONGESTION_CONTROL, "cubic"));

        assertThat(PairIsolation.candidates(changed, qdisc, SysctlValue.of("fq_codel"), Optional.empty()))
                .as("text other than congestion control").isEmpty();
        assertThat(PairIsolation.candidates(changed, CONGESTION_CONTROL, SysctlValue.of("cubic"), Optional.empty()))
                .as("congestion control without an algorithm list").isEmpty();
    }

    @Test
    void candidatesOfEmptyList() {
        SysctlKey key = SysctlKey.parse("net.ipv4.ip_local_reserved_ports");
        FakeContainer changed = new FakeContainer("changed", Map.of(key, ""));

        assertThat(PairIsolation.candidates(changed, key, SysctlValue.of(""), Optional.empty()))
                .containsExactly("1");
    }

    @Test
    void candidatesSkipWatchedValue() {
        FakeContainer changed = new FakeContainer("changed", Map.of(KEEPALIVE, "7200"));

        assertThat(PairIsolation.candidates(changed, KEEPALIVE, SysctlValue.of("7200"),
                Optional.of(SysctlValue.of("7201")))).containsExactly("7199");
    }

    @Test
    void candidatesOfCongestionControl() {
        FakeContainer changed = new FakeContainer("changed", Map.of(CONGESTION_CONTROL, "cubic",
                ALLOWED, "reno cubic"));

        assertThat(PairIsolation.candidates(changed, CONGESTION_CONTROL, SysctlValue.of("cubic"),
                Optional.of(SysctlValue.of("cubic")))).containsExactly("reno");
    }

    @Test
    void congestionControlProbedWithAllowedAlgorithm() {
        FakeContainer changed = new FakeContainer("changed", Map.of(CONGESTION_CONTROL, "cubic",
                ALLOWED, "reno cubic"));
        FakeContainer watched = new FakeContainer("watched", Map.of(CONGESTION_CONTROL, "cubic"));

        assertThat(PairIsolation.probe(changed, watched, CONGESTION_CONTROL)).isNull();
        assertThat(changed.writes).containsExactly("reno", "cubic");
        assertThat(changed.read(CONGESTION_CONTROL)).contains(SysctlValue.of("cubic"));
    }

    @Test
    void textWithoutCandidateIsNotVerified() {
        SysctlKey qdisc = SysctlKey.parse("net.core.default_qdisc");
        FakeContainer changed = new FakeContainer("changed", Map.of(qdisc, "fq_codel"));
        FakeContainer watched = new FakeContainer("watched", Map.of(qdisc, "fq_codel"));

        assertThat(PairIsolation.probe(changed, watched, qdisc).create()).isEqualTo(
                ShouldBeIsolated.shouldBeVerifiablyIsolated(qdisc, changed, watched,
                        "net.core.default_qdisc cannot be changed in changed: no other value is known for 'fq_codel'")
                        .create());
        assertThat(changed.writes).containsExactly("fq_codel");
    }

    @Test
    void failedRestoreKeepsProbeError() {
        SysctlKey key = SysctlKey.parse("net.ipv4.tcp_keepalive_time");
        FakeContainer changed = new FakeContainer("changed", Map.of(key, "7200"));
        changed.failWritesOf = "7200";
        FakeContainer watched = new FakeContainer("watched", Map.of(key, "7200"));
        watched.readsBeforeFailure = 1;

        assertThatThrownBy(() -> PairIsolation.probe(changed, watched, key))
                .isInstanceOf(InfrastructureException.class)
                .hasMessage("engine stopped answering while reading watched")
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1))
                .satisfies(e -> assertThat(e.getSuppressed()[0]).hasMessage("engine rejected 7200 in changed"));
        assertThat(changed.writes).containsExactly("7201", "7200");
    }

    @Test
    void restoreAfterIsolatedProbe() {
        SysctlKey key = SysctlKey.parse("net.ipv4.tcp_keepalive_time");
        FakeContainer changed = new FakeContainer("changed", Map.of(key, "7200"));
        FakeContainer watched = new FakeContainer("watched", Map.of(key, "7200"));

        assertThat(PairIsolation.probe(changed, watched, key)).isNull();
        assertThat(changed.writes).containsExactly("7201", "7200");
        assertThat(changed.read(key)).contains(SysctlValue.of("7200"));
    }

    /**
     * A container in memory. Real runtimes cannot be made to fail a read or a restore on request, so the
     * cleanup order is tested with this fake. The real probe runs against containers in the integration tests.
     */
    private static final class FakeContainer implements SysctlContainer {

        private final String name;
        private final Map<SysctlKey, String> values;
        private final List<String> writes = new ArrayList<>();
        private String failWritesOf;
        private int readsBeforeFailure = Integer.MAX_VALUE;

        FakeContainer(String name, Map<SysctlKey, String> values) {
            this.name = name;
            this.values = new HashMap<>(values);
        }

        @Override
        public Map<SysctlKey, Optional<SysctlValue>> read(Collection<SysctlKey> keys) {
            if (readsBeforeFailure-- <= 0) {
                throw new InfrastructureException("engine stopped answering while reading " + name);
            }
            Map<SysctlKey, Optional<SysctlValue>> out = new HashMap<>();
            keys.forEach(key -> out.put(key, Optional.ofNullable(values.get(key)).map(SysctlValue::of)));
            return out;
        }

        @Override
        public void setFromHost(SysctlKey key, String value) {
            writes.add(value);
            if (value.equals(failWritesOf)) {
                throw new InfrastructureException("engine rejected " + value + " in " + name);
            }
            values.put(key, value);
        }

        @Override
        public String description() {
            return name;
        }

        @Override
        public String runtime() {
            return "fake";
        }

        @Override
        public long networkNamespaceId() {
            return 0;
        }

        @Override
        public List<SysctlKey> listKeys() {
            return List.copyOf(values.keySet());
        }

        @Override
        public WriteOutcome probeWrite(SysctlKey key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WriteOutcome probeWrite(SysctlKey key, String value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WriteOutcome probeWriteUnder(String path) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<MountEntry> mountOf(String path) {
            return Optional.empty();
        }

        @Override
        public String image() {
            return "none";
        }

        @Override
        public String id() {
            return name;
        }

        @Override
        public OptionalLong hostPid() {
            return OptionalLong.empty();
        }

        @Override
        public Map<SysctlKey, Optional<SysctlValue>> readFreshNamespace(Collection<SysctlKey> keys) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
