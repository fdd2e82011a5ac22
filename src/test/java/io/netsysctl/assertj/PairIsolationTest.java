package io.netsysctl.assertj;

import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.model.SysctlValue;
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
}
