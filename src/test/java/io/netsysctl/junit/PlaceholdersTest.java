package io.netsysctl.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final UnaryOperator<String> LOOKUP = Map.of("netsysctl.image", "registry.local/app:1.2",
            "KEEPALIVE", "600")::get;

    @Test
    void textWithoutPlaceholder() {
        assertThat(Placeholders.resolve("netsysctl/busybox:local", LOOKUP)).isEqualTo("netsysctl/busybox:local");
    }

    @Test
    void valueWinsOverDefault() {
        assertThat(Placeholders.resolve("${netsysctl.image:-netsysctl/busybox:local}", LOOKUP))
                .isEqualTo("registry.local/app:1.2");
    }

    @Test
    void defaultWhenUnset() {
        assertThat(Placeholders.resolve("${unset:-netsysctl/busybox:local}", LOOKUP))
                .isEqualTo("netsysctl/busybox:local");
        assertThat(Placeholders.resolve("${unset:-}", LOOKUP)).isEmpty();
    }

    @Test
    void severalPlaceholdersInOneText() {
        assertThat(Placeholders.resolve("net.ipv4.tcp_keepalive_time=${KEEPALIVE}; ${unset:-x}", LOOKUP))
                .isEqualTo("net.ipv4.tcp_keepalive_time=600; x");
    }

    @Test
    void defaultMayContainColons() {
        assertThat(Placeholders.resolve("${unset:-localhost:5000/app:1}", LOOKUP)).isEqualTo("localhost:5000/app:1");
    }

    @Test
    void unsetWithoutDefault() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Placeholders.resolve("x-${app.image}", LOOKUP))
                .withMessage("unresolved placeholder '${app.image}': set the system property app.image or the "
                        + "environment variable APP_IMAGE, or give a default: ${app.image:-value}");
    }

    @Test
    void emptyName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Placeholders.resolve("${:-x}", LOOKUP))
                .withMessage("placeholder '${:-x}' has no name: write ${property} or ${property:-default}");
    }

    @Test
    void systemPropertyThenEnvironment() {
        System.setProperty("netsysctl.test.placeholder", "from-property");
        try {
            assertThat(Placeholders.SYSTEM.apply("netsysctl.test.placeholder")).isEqualTo("from-property");
        } finally {
            System.clearProperty("netsysctl.test.placeholder");
        }
        assertThat(Placeholders.SYSTEM.apply("PATH")).isEqualTo(System.getenv("PATH"));
        assertThat(Placeholders.SYSTEM.apply("netsysctl.test.placeholder")).isNull();
    }
}
