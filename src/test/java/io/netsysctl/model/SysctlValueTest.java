package io.netsysctl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SysctlValueTest {

    @Test
    void fieldsSplitOnTabsAndTrailingNewline() {
        SysctlValue value = SysctlValue.of("4096\t131072\t6291456\n");

        assertThat(value.fields()).containsExactly("4096", "131072", "6291456");
        assertThat(value.normalized()).isEqualTo("4096 131072 6291456");
        assertThat(value.raw()).isEqualTo("4096\t131072\t6291456\n");
        assertThat(value.toString()).isEqualTo("4096 131072 6291456");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            4096\\t131072\\t6291456\\n | 4096 131072   6291456 | true
            600\\n                    | 600                   | true
            600                       | 601                   | false
            4096\\t131072             | 4096 131072 6291456   | false
            cubic\\n                  | cubic                 | true
            ''                        | \\n                   | true
            0600\\t4096               | 600 4096              | true
            0600                      | 0601                  | false
            cubic                     | reno                  | false
            """)
    void sameFieldsComparesFieldByField(String left, String right, boolean expected) {
        SysctlValue a = SysctlValue.of(unescape(left));
        SysctlValue b = SysctlValue.of(unescape(right));

        assertThat(a.sameFields(b)).isEqualTo(expected);
        assertThat(b.sameFields(a)).isEqualTo(expected);
    }

    @Test
    void valueFieldsMatchWhitespaceAndNumbers() {
        assertThat(SysctlValue.of("4096 131072 6291456").sameFields(
                SysctlValue.of("4096\t131072\t6291456\n"))).isTrue();
        assertThat(SysctlValue.of("0600").sameFields(
                SysctlValue.of("600\n"))).isTrue();
        assertThat(SysctlValue.of("600").sameFields(
                SysctlValue.of("601"))).isFalse();
        assertThat(SysctlValue.of("1 2").sameFields(
                SysctlValue.of("1 2 3"))).isFalse();
    }

    @Test
    void emptyValueHasNoFields() {
        assertThat(SysctlValue.of("\n").fields()).isEmpty();
        assertThat(SysctlValue.of("").normalized()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            600\\n   | true  | 600
            -1       | true  | -1
            0        | true  | 0
            """)
    void numberParses(String raw, boolean isNumber, long expected) {
        SysctlValue value = SysctlValue.of(unescape(raw));

        assertThat(value.isNumber()).isEqualTo(isNumber);
        assertThat(value.asLong()).isEqualTo(expected);
    }

    @Test
    void nonNumbersAreRejected() {
        assertThat(SysctlValue.of("cubic").isNumber()).isFalse();
        assertThat(SysctlValue.of("1 2").isNumber()).isFalse();
        assertThat(SysctlValue.of("").isNumber()).isFalse();
        assertThat(SysctlValue.of("99999999999999999999").isNumber()).isFalse();
        assertThatThrownBy(() -> SysctlValue.of("4096\t131072\n").asLong())
                .isInstanceOf(NumberFormatException.class)
                .hasMessage("sysctl value '4096 131072' has 2 fields, expected one number");
        assertThatThrownBy(() -> SysctlValue.of("cubic").asLong()).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void nullRawIsRejected() {
        assertThatThrownBy(() -> SysctlValue.of(null)).isInstanceOf(NullPointerException.class).hasMessage("raw");
    }

    @Test
    void recordEqualityKeepsRawText() {
        assertThat(SysctlValue.of("1\n")).isNotEqualTo(SysctlValue.of("1"));
        assertThat(SysctlValue.of("1\n").fields()).isEqualTo(List.of("1"));
    }

    private static String unescape(String text) {
        return text.replace("\\t", "\t").replace("\\n", "\n");
    }
}
