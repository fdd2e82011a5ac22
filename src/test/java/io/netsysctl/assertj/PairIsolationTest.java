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

    @Test
    void candidatesOfNumber() {
        assertThat(PairIsolation.candidates(SysctlValue.of("7200\n"))).containsExactly("7201", "7199");
    }

    @Test
    void candidatesOfMultiField() {
        assertThat(PairIsolation.candidates(SysctlValue.of("4096\t131072\t6291456")))
                .containsExactly("4096 131072 6291457", "4096 131072 6291455");
    }

    @Test
    void candidatesOfText() {
        assertThat(PairIsolation.candidates(SysctlValue.of("cubic"))).isEmpty();
        assertThat(PairIsolation.candidates(SysctlValue.of(""))).isEmpty();
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
