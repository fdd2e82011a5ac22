package io.netsysctl.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.NetSysctl;
import io.netsysctl.NetworkMode;
import io.netsysctl.RuntimeKind;
import io.netsysctl.config.Placeholders;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.TargetSpec;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Turning annotations into the specs the targets start from, without starting anything. */
class TargetDeclarationTest {

    private static final Placeholders NONE = Placeholders.of(name -> null);
    private static final Placeholders LOOKUP = Placeholders.of(Map.of("keepalive", "900")::get);

    @NetSysctl
    static class Defaults {
    }

    @NetSysctl(name = "client", image = "${netsysctl.test.unset:-app:1}", runtime = RuntimeKind.AUTO,
            network = NetworkMode.NONE, privileged = true, securityOpt = "systempaths=unconfined",
            sysctls = {"net.ipv4.tcp_keepalive_time=${keepalive}", "net/ipv4/tcp_keepalive_intvl=30"})
    @NetSysctl(name = "server", runtime = RuntimeKind.SANDBOX, image = "")
    static class Everything {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @NetSysctl(sysctls = "net.ipv4.tcp_keepalive_time=600")
    @interface CertifiedRuntime {
    }

    @CertifiedRuntime
    static class MetaAnnotated {
    }

    static class Subclass extends MetaAnnotated {
    }

    @Test
    void defaults() {
        List<TargetDeclaration> declarations = TargetDeclaration.findOn(Defaults.class, NONE);

        assertThat(declarations).hasSize(1);
        assertThat(declarations.get(0).name()).isEmpty();
        assertThat(declarations.get(0).spec()).isEqualTo(TargetSpec.of(RuntimeKind.DOCKER, "netsysctl/busybox:local"));
        assertThat(declarations.get(0).label()).isEqualTo("unnamed on TargetDeclarationTest.Defaults");
    }

    @Test
    void everyAttribute() {
        List<TargetDeclaration> declarations = TargetDeclaration.findOn(Everything.class, LOOKUP);

        Map<SysctlKey, String> sysctls = new LinkedHashMap<>();
        sysctls.put(SysctlKey.parse("net.ipv4.tcp_keepalive_time"), "900");
        sysctls.put(SysctlKey.parse("net.ipv4.tcp_keepalive_intvl"), "30");
        assertThat(declarations).extracting(TargetDeclaration::name).containsExactly("client", "server");
        assertThat(declarations.get(0).spec()).isEqualTo(new TargetSpec(RuntimeKind.AUTO, "app:1", NetworkMode.NONE,
                true, List.of("systempaths=unconfined"), sysctls));
        assertThat(declarations.get(1).spec()).isEqualTo(TargetSpec.of(RuntimeKind.SANDBOX, ""));
        assertThat(declarations.get(0).label()).isEqualTo("'client' on TargetDeclarationTest.Everything");
    }

    @Test
    void metaAnnotationAndInheritance() {
        TargetSpec expected = TargetSpec.of(RuntimeKind.DOCKER, "netsysctl/busybox:local")
                .withSysctls(Map.of(SysctlKey.parse("net.ipv4.tcp_keepalive_time"), "600"));

        assertThat(TargetDeclaration.findOn(MetaAnnotated.class, NONE))
                .extracting(TargetDeclaration::spec).containsExactly(expected);
        assertThat(TargetDeclaration.findOn(Subclass.class, NONE))
                .extracting(TargetDeclaration::spec).containsExactly(expected);
    }

    @Test
    void noAnnotation() {
        assertThat(TargetDeclaration.findOn(TargetDeclarationTest.class, NONE)).isEmpty();
    }
}
