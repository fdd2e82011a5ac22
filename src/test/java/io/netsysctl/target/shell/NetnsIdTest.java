package io.netsysctl.target.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetnsIdTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            net:[4026531840]   | 4026531840
            net:[4026532451]\\n | 4026532451
            net:[1]            | 1
            """)
    void parseReadsInode(String link, long expected) {
        assertThat(NetnsId.parse(link.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "net:[]", "mnt:[4026531840]", "net:[abc]", "net:[4026531840",
        "net:[99999999999999999999]"})
    void parseRejectsOtherText(String link) {
        assertThatThrownBy(() -> NetnsId.parse(link)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid network namespace link '" + link + "': ");
    }
}
