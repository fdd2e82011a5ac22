package io.netsysctl.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private static final Placeholders LOOKUP = Placeholders.of(Map.of("netsysctl.image", "registry.local/app:1.2",
            "KEEPALIVE", "600", "blank", " ")::get);

    @Test
    void textWithoutPlaceholder() {
        assertThat(LOOKUP.resolve("netsysctl/busybox:local")).isEqualTo("netsysctl/busybox:local");
    }

    @Test
    void valueWinsOverDefault() {
        assertThat(LOOKUP.resolve("${netsysctl.image:-netsysctl/busybox:local}")).isEqualTo("registry.local/app:1.2");
    }

    @Test
    void defaultWhenUnset() {
        assertThat(LOOKUP.resolve("${unset:-netsysctl/busybox:local}")).isEqualTo("netsysctl/busybox:local");
        assertThat(LOOKUP.resolve("${unset:-}")).isEmpty();
    }

    @Test
    void defaultWhenBlank() {
        assertThat(LOOKUP.resolve("${blank:-600}")).isEqualTo("600");
    }

    @Test
    void severalPlaceholdersInOneText() {
        assertThat(LOOKUP.resolve("net.ipv4.tcp_keepalive_time=${KEEPALIVE}; ${unset:-x}"))
                .isEqualTo("net.ipv4.tcp_keepalive_time=600; x");
    }

    @Test
    void defaultMayContainColons() {
        assertThat(LOOKUP.resolve("${unset:-localhost:5000/app:1}")).isEqualTo("localhost:5000/app:1");
    }

    @Test
    void nameIsStripped() {
        assertThat(LOOKUP.resolve("${ KEEPALIVE :-1}")).isEqualTo("600");
    }

    @Test
    void replacementIsTakenLiterally() {
        Placeholders placeholders = Placeholders.of(Map.of("pattern", "$1\\x")::get);

        assertThat(placeholders.resolve("a=${pattern}")).isEqualTo("a=$1\\x");
    }

    @Test
    void imageFallsBackToConfigDefault() {
        Placeholders empty = Placeholders.of(name -> null);

        assertThat(empty.resolve("${netsysctl.image}")).isEqualTo("netsysctl/busybox:local");
        assertThat(empty.resolve("${netsysctl.image:-app:2}")).as("an explicit default wins").isEqualTo("app:2");
    }

    @Test
    void unsetWithoutDefault() {
        assertThatExceptionOfType(PlaceholderException.class)
                .isThrownBy(() -> LOOKUP.resolve("x-${app.image}"))
                .withMessage("unresolved placeholder '${app.image}': set the system property app.image or the "
                        + "environment variable APP_IMAGE, or give a default: ${app.image:-value}")
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(PlaceholderException.Kind.UNRESOLVED);
                    assertThat(e.name()).isEqualTo("app.image");
                    assertThat(e.placeholder()).isEqualTo("${app.image}");
                });
    }

    @Test
    void emptyName() {
        assertThatExceptionOfType(PlaceholderException.class)
                .isThrownBy(() -> LOOKUP.resolve("${:-x}"))
                .withMessage("placeholder '${:-x}' has no name: write ${property} or ${property:-default}")
                .extracting(PlaceholderException::kind).isEqualTo(PlaceholderException.Kind.EMPTY_NAME);
    }

    @Test
    void unterminated() {
        assertThatExceptionOfType(PlaceholderException.class)
                .isThrownBy(() -> LOOKUP.resolve("netsysctl/${netsysctl.image"))
                .withMessage("unterminated placeholder '${netsysctl.image': close it with '}'")
                .extracting(PlaceholderException::kind).isEqualTo(PlaceholderException.Kind.UNTERMINATED);
    }

    @Test
    void propertiesThenEnvironmentThenEnvironmentForm() {
        Placeholders placeholders = Placeholders.from(Map.of("a.b", "property")::get,
                Map.of("a.b", "environment", "C_D", "environment form", "e.f", "")::get);

        assertThat(placeholders.lookup("a.b")).isEqualTo("property");
        assertThat(placeholders.lookup("c.d")).isEqualTo("environment form");
        assertThat(placeholders.lookup("e.f")).as("blank means unset").isNull();
    }

    @Test
    void systemPropertyThenEnvironment() {
        System.setProperty("netsysctl.test.placeholder", "from-property");
        try {
            assertThat(Placeholders.system().lookup("netsysctl.test.placeholder")).isEqualTo("from-property");
        } finally {
            System.clearProperty("netsysctl.test.placeholder");
        }
        assertThat(Placeholders.system().lookup("PATH")).isEqualTo(System.getenv("PATH"));
        assertThat(Placeholders.system().lookup("netsysctl.test.placeholder")).isNull();
    }
}
