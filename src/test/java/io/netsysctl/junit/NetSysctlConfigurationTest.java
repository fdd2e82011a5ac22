package io.netsysctl.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.netsysctl.HostNamespace;
import io.netsysctl.NetSysctl;
import io.netsysctl.NetSysctlTarget;
import io.netsysctl.SysctlContainer;
import io.netsysctl.SysctlTarget;
import io.netsysctl.model.InvalidSysctlKeyException;
import io.netsysctl.model.SysctlKey;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Misconfigurations found before any target starts, each with its exact message. */
class NetSysctlConfigurationTest {

    private static final String PREFIX = "NetSysctlConfigurationTest.";

    @KitFixture
    @NetSysctl(sysctls = "net.ipv4.tcp_keepalive_time")
    static class MissingEquals {
        @Test
        void test() {
        }
    }

    @KitFixture
    @NetSysctl(sysctls = "net.ipv4.tcp keepalive=600")
    static class InvalidKey {
        @Test
        void test() {
        }
    }

    @KitFixture
    @NetSysctl(sysctls = "net.ipv4.tcp_keepalive_time=")
    static class EmptyValue {
        @Test
        void test() {
        }
    }

    @KitFixture
    @NetSysctl(sysctls = {"net.ipv4.tcp_keepalive_time=600", "net/ipv4/tcp_keepalive_time=700"})
    static class DuplicateKey {
        @Test
        void test() {
        }
    }

    @KitFixture
    @NetSysctl(image = "${netsysctl.test.unset.image}")
    static class UnresolvedImage {
        @Test
        void test() {
        }
    }

    @KitFixture
    @NetSysctl(image = "netsysctl/${netsysctl.image")
    static class UnterminatedPlaceholder {
        @Test
        void test() {
        }
    }

    @KitFixture
    @NetSysctl(image = "${netsysctl.test.unset.image:-}")
    static class EmptyImage {
        @Test
        void test() {
        }
    }

    @KitFixture
    @NetSysctl(name = "server", sysctls = "net.ipv4.tcp_keepalive_time=600")
    @NetSysctl(name = "server", sysctls = "net.ipv4.tcp_keepalive_time=700")
    static class DuplicateName {
        @Test
        void test() {
        }
    }

    @KitFixture
    @NetSysctl(name = "client", securityOpt = " ")
    static class BlankSecurityOpt {
        @Test
        void test() {
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @NetSysctl(sysctls = "net.ipv4.tcp_keepalive_time")
    @interface BrokenTeamAnnotation {
    }

    @KitFixture
    @BrokenTeamAnnotation
    static class ThroughMetaAnnotation {
        @Test
        void test() {
        }
    }

    @KitFixture
    static class InheritsBrokenAnnotation extends MissingEquals {
    }

    @KitFixture
    static class MethodLevel {
        @Test
        @NetSysctl(sysctls = "tcp_keepalive_time:600")
        void keepalive() {
        }
    }

    @KitFixture
    @ExtendWith(NetSysctlExtension.class)
    static class Parameters {
        @Test
        void unsupportedType(@NetSysctlTarget("server") String server) {
        }

        @Test
        void namedHost(@NetSysctlTarget("server") HostNamespace host) {
        }

        @Test
        void ambiguousType(SysctlTarget target) {
        }

        @Test
        void noTarget(SysctlContainer container) {
        }

        @Test
        void unknownName(@NetSysctlTarget("server") SysctlContainer server) {
        }
    }

    @KitFixture
    @ExtendWith(NetSysctlExtension.class)
    static class FinalField {
        @NetSysctlTarget
        final HostNamespace host = null;

        @Test
        void test() {
        }
    }

    @KitFixture
    @ExtendWith(NetSysctlExtension.class)
    static class UnsupportedField {
        @NetSysctlTarget("server")
        String server;

        @Test
        void test() {
        }
    }

    private static void assertClassFails(Class<?> fixture, String message) {
        EngineExecutionResults results = Kit.run(fixture);

        assertThat(results.testEvents().started().count()).as("tests started").isZero();
        List<Throwable> failures = Kit.failures(results.containerEvents());
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(message);
    }

    @Test
    void entryWithoutEquals() {
        assertClassFails(MissingEquals.class, "@NetSysctl(sysctls = \"net.ipv4.tcp_keepalive_time\") on " + PREFIX
                + "MissingEquals: invalid entry 'net.ipv4.tcp_keepalive_time': expected key=value, like docker run "
                + "--sysctl");
    }

    @Test
    void metaAnnotationNamed() {
        assertClassFails(ThroughMetaAnnotation.class, "@NetSysctl(sysctls = \"net.ipv4.tcp_keepalive_time\") on "
                + PREFIX + "ThroughMetaAnnotation (through @BrokenTeamAnnotation): invalid entry "
                + "'net.ipv4.tcp_keepalive_time': expected key=value, like docker run --sysctl");
    }

    @Test
    void inheritedAnnotationNamed() {
        assertClassFails(InheritsBrokenAnnotation.class, "@NetSysctl(sysctls = \"net.ipv4.tcp_keepalive_time\") on "
                + PREFIX + "InheritsBrokenAnnotation (inherited): invalid entry 'net.ipv4.tcp_keepalive_time': "
                + "expected key=value, like docker run --sysctl");
    }

    @Test
    void invalidKey() {
        String reason = assertThatExceptionOfType(InvalidSysctlKeyException.class)
                .isThrownBy(() -> SysctlKey.parse("net.ipv4.tcp keepalive"))
                .actual().getMessage();

        assertClassFails(InvalidKey.class, "@NetSysctl(sysctls = \"net.ipv4.tcp keepalive=600\") on " + PREFIX
                + "InvalidKey: " + reason);
    }

    @Test
    void emptyValue() {
        assertClassFails(EmptyValue.class, "@NetSysctl(sysctls = \"net.ipv4.tcp_keepalive_time=\") on " + PREFIX
                + "EmptyValue: empty value for net.ipv4.tcp_keepalive_time: write net.ipv4.tcp_keepalive_time=VALUE");
    }

    @Test
    void duplicateKeyInBothForms() {
        assertClassFails(DuplicateKey.class, "@NetSysctl(sysctls = \"net/ipv4/tcp_keepalive_time=700\") on " + PREFIX
                + "DuplicateKey: duplicate key net.ipv4.tcp_keepalive_time: set each key once");
    }

    @Test
    void unresolvedPlaceholder() {
        assertClassFails(UnresolvedImage.class, "@NetSysctl(image = \"${netsysctl.test.unset.image}\") on " + PREFIX
                + "UnresolvedImage: unresolved placeholder '${netsysctl.test.unset.image}': set the system property "
                + "netsysctl.test.unset.image or the environment variable NETSYSCTL_TEST_UNSET_IMAGE, or give a "
                + "default: ${netsysctl.test.unset.image:-value}");
    }

    @Test
    void unterminatedPlaceholder() {
        assertClassFails(UnterminatedPlaceholder.class, "@NetSysctl(image = \"netsysctl/${netsysctl.image\") on "
                + PREFIX + "UnterminatedPlaceholder: unterminated placeholder '${netsysctl.image': close it with '}'");
    }

    @Test
    void emptyImage() {
        assertClassFails(EmptyImage.class, "@NetSysctl(image = \"${netsysctl.test.unset.image:-}\") on " + PREFIX
                + "EmptyImage: empty image: name an image like netsysctl/busybox:local, or use runtime = SANDBOX");
    }

    @Test
    void duplicateName() {
        assertClassFails(DuplicateName.class, "@NetSysctl(name = \"server\") on " + PREFIX
                + "DuplicateName: duplicate name 'server': give each @NetSysctl on one class or method its own name");
    }

    @Test
    void blankSecurityOptNamesTarget() {
        assertClassFails(BlankSecurityOpt.class, "@NetSysctl(name = \"client\", securityOpt = \" \") on " + PREFIX
                + "BlankSecurityOpt: empty entry: remove it or write an option like systempaths=unconfined");
    }

    @Test
    void methodLevelFailsTheTest() {
        EngineExecutionResults results = Kit.run(MethodLevel.class);

        List<Throwable> failures = Kit.failures(results.testEvents());
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(ExtensionConfigurationException.class).hasMessage(
                "@NetSysctl(sysctls = \"tcp_keepalive_time:600\") on " + PREFIX + "MethodLevel.keepalive(): invalid "
                        + "entry 'tcp_keepalive_time:600': expected key=value, like docker run --sysctl");
    }

    @Test
    void parameterErrors() {
        EngineExecutionResults results = Kit.run(Parameters.class);

        List<Throwable> failures = Kit.failures(results.testEvents());
        assertThat(failures)
                .allSatisfy(failure -> assertThat(failure).isInstanceOf(ParameterResolutionException.class));
        assertThat(failures).extracting(Throwable::getMessage).containsExactlyInAnyOrder(
                "@NetSysctlTarget(\"server\") on parameter server of " + PREFIX + "Parameters.unsupportedType(String): "
                        + "unsupported type String: declare it as SysctlContainer or HostNamespace",
                "@NetSysctlTarget(\"server\") on parameter host of " + PREFIX + "Parameters.namedHost(HostNamespace): "
                        + "the host has no name: remove the value, write @NetSysctlTarget or no annotation at all",
                "parameter target of " + PREFIX + "Parameters.ambiguousType(SysctlTarget): ambiguous type "
                        + "SysctlTarget: declare it as SysctlContainer for the target or HostNamespace for the host",
                "parameter container of " + PREFIX + "Parameters.noTarget(SysctlContainer): no @NetSysctl without "
                        + "a name in scope: annotate the test class or method with @NetSysctl",
                "@NetSysctlTarget(\"server\") on parameter server of " + PREFIX
                        + "Parameters.unknownName(SysctlContainer): no @NetSysctl(name = \"server\") in scope: "
                        + "annotate the test class or method with @NetSysctl");
    }

    @Test
    void finalField() {
        EngineExecutionResults results = Kit.run(FinalField.class);

        assertThat(Kit.failureMessages(results)).containsExactly("@NetSysctlTarget(\"\") on field host of " + PREFIX
                + "FinalField: the field is final: remove the final modifier");
    }

    @Test
    void unsupportedFieldType() {
        EngineExecutionResults results = Kit.run(UnsupportedField.class);

        assertThat(Kit.failureMessages(results)).containsExactly("@NetSysctlTarget(\"server\") on field server of "
                + PREFIX + "UnsupportedField: unsupported type String: declare it as SysctlContainer or HostNamespace");
    }
}
