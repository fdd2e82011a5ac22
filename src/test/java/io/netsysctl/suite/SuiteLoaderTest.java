package io.netsysctl.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netsysctl.NetworkMode;
import io.netsysctl.RuntimeKind;
import io.netsysctl.config.Placeholders;
import io.netsysctl.model.SysctlKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loads valid suites into definitions: key forms, properties, defaults and overrides. */
class SuiteLoaderTest {

    @TempDir
    Path folder;

    private final Map<String, String> properties = Map.of("app.image", "registry.example/app:1.4");
    private final Map<String, String> environment = Map.of("NETSYSCTL_IMAGE", "from-environment:1");

    private SuiteDefinition load(String yaml, Placeholders resolver) throws IOException, SuiteLoadException {
        Path file = folder.resolve("suite.yaml");
        Files.writeString(file, yaml);
        return new SuiteLoader(resolver).load(file, "suite.yaml");
    }

    private SuiteDefinition load(String yaml) throws IOException, SuiteLoadException {
        return load(yaml, Placeholders.from(properties::get, environment::get));
    }

    @Test
    void targetDefaultsApply() throws Exception {
        SuiteDefinition suite = load("""
                suite: defaults
                checks:
                  - id: proc
                    readOnly: /proc/sys
                """);

        assertThat(suite.target().runtime()).isEqualTo(RuntimeKind.AUTO);
        assertThat(suite.target().network()).isEqualTo(NetworkMode.BRIDGE);
        assertThat(suite.target().privileged()).isFalse();
        assertThat(suite.target().securityOpt()).isEmpty();
        assertThat(suite.target().sysctls()).isEmpty();
        assertThat(suite.target().image()).as("${netsysctl.image} from the environment")
                .isEqualTo("from-environment:1");
    }

    @Test
    void imageDefaultsWithoutProperty() throws Exception {
        SuiteDefinition suite = load("""
                suite: defaults
                checks:
                  - id: proc
                    readOnly: /proc/sys
                """, Placeholders.of(name -> null));

        assertThat(suite.target().image()).isEqualTo("netsysctl/busybox:local");
    }

    @Test
    void propertiesResolveWithDefaults() throws Exception {
        SuiteDefinition suite = load("""
                suite: properties
                target:
                  image: ${app.image}
                  securityOpt: ["${app.security:-systempaths=unconfined}"]
                  sysctls:
                    net.ipv4.tcp_keepalive_time: ${app.keepalive:-600}
                checks:
                  - id: proc
                    readOnly: /proc/sys
                """);

        assertThat(suite.target().image()).isEqualTo("registry.example/app:1.4");
        assertThat(suite.target().securityOpt()).containsExactly("systempaths=unconfined");
        assertThat(suite.target().sysctls()).containsEntry(SysctlKey.parse("net.ipv4.tcp_keepalive_time"), "600");
    }

    @Test
    void keyFormsParseToComponents() throws Exception {
        SuiteDefinition suite = load("""
                suite: keys
                checks:
                  - id: dotted-with-vlan
                    sysctl: net.ipv4.conf.eth0/100.forwarding
                    equals: 0
                  - id: slash-form
                    sysctl: net/ipv4/conf/eth0.100/forwarding
                    equals: 0
                """);

        List<String> expected = List.of("net", "ipv4", "conf", "eth0.100", "forwarding");
        for (CheckDefinition check : suite.checks()) {
            assertThat(((CheckKind.Equals) check.kind()).key().components()).as(check.id()).isEqualTo(expected);
        }
    }

    @Test
    void checkKindsParseToRecords() throws Exception {
        SuiteDefinition suite = load("""
                suite: kinds
                checks:
                  - id: equals
                    sysctl: net.ipv4.tcp_rmem
                    equals: "4096 131072 6291456"
                  - id: same-as
                    sysctl: net.ipv4.tcp_congestion_control
                    sameAs: fresh-namespace
                  - id: one-of
                    sysctl: net.ipv4.tcp_syncookies
                    oneOf: [1, "2"]
                  - id: range
                    sysctl: net.core.somaxconn
                    range: { min: 128 }
                  - id: absent
                    sysctl: net.core.netdev_max_backlog
                    absent: true
                  - id: single-key
                    isolated: net.ipv4.tcp_keepalive_time
                    mutateHost: true
                  - id: rejected
                    rejected:
                      network: host
                      privileged: true
                      securityOpt: [systempaths=unconfined]
                      sysctls: { net.ipv4.ip_forward: 1 }
                """);

        SysctlKey forward = SysctlKey.parse("net.ipv4.ip_forward");
        assertThat(suite.checks()).extracting(CheckDefinition::kind).containsExactly(
                new CheckKind.Equals(SysctlKey.parse("net.ipv4.tcp_rmem"), "4096 131072 6291456"),
                new CheckKind.SameAs(SysctlKey.parse("net.ipv4.tcp_congestion_control"),
                        CheckKind.Reference.FRESH_NAMESPACE),
                new CheckKind.OneOf(SysctlKey.parse("net.ipv4.tcp_syncookies"), List.of("1", "2")),
                new CheckKind.Range(SysctlKey.parse("net.core.somaxconn"), 128, Long.MAX_VALUE),
                new CheckKind.Absent(SysctlKey.parse("net.core.netdev_max_backlog"), true),
                new CheckKind.Isolated(List.of(SysctlKey.parse("net.ipv4.tcp_keepalive_time")), true, false),
                new CheckKind.Rejected(NetworkMode.HOST, true, List.of("systempaths=unconfined"),
                        Map.of(forward, "1")));
    }

    @Test
    void rejectedOverridesReplaceSuiteSettings() throws Exception {
        SuiteDefinition suite = load("""
                suite: overrides
                target:
                  sysctls: { net.ipv4.tcp_keepalive_time: 600 }
                checks:
                  - id: host-network
                    rejected:
                      network: host
                      sysctls: { net.ipv4.ip_forward: 1 }
                """);

        CheckKind.Rejected rejected = (CheckKind.Rejected) suite.checks().get(0).kind();
        var spec = CheckRunner.override(suite.target(), rejected);

        assertThat(spec.network()).isEqualTo(NetworkMode.HOST);
        assertThat(spec.sysctls()).containsExactly(Map.entry(SysctlKey.parse("net.ipv4.ip_forward"), "1"));
        assertThat(spec.image()).isEqualTo(suite.target().image());
        assertThat(spec.privileged()).isFalse();
    }

    @Test
    void matchesRejectsInvalidRegex() {
        assertThatThrownBy(() -> load("""
                suite: regex
                checks:
                  - id: bad
                    sysctl: net.ipv4.tcp_rmem
                    matches: '^(\\d+'
                """)).isInstanceOf(SuiteLoadException.class)
                .hasMessage("suite.yaml:5:14: invalid regular expression in field 'matches' of check 'bad': "
                        + "Unclosed group near index 5; write a java.util.regex pattern, in single quotes in YAML");
    }

    @Test
    void unterminatedPlaceholderIsRejected() {
        assertThatThrownBy(() -> load("""
                suite: placeholder
                target:
                  image: app:${app.tag
                checks:
                  - id: proc
                    readOnly: /proc/sys
                """)).isInstanceOf(SuiteLoadException.class)
                .hasMessage("suite.yaml:3:10: invalid value in field 'image' of the target of suite 'placeholder': "
                        + "unterminated placeholder '${app.tag': close it with '}'");
    }

    @Test
    void imageWithShellCharactersIsRejected() {
        assertThatThrownBy(() -> load("""
                suite: image-shell
                target:
                  image: "busybox; rm -rf /"
                checks:
                  - id: proc
                    readOnly: /proc/sys
                """)).isInstanceOf(SuiteLoadException.class)
                .hasMessage("suite.yaml:3:10: invalid image reference 'busybox; rm -rf /' in field 'image' of the "
                        + "target of suite 'image-shell': it must start with a letter or digit and contain only "
                        + "letters, digits and . _ : / @ + -; write REPOSITORY[:TAG] or REPOSITORY@DIGEST, for "
                        + "example netsysctl/busybox:local");
    }

    @Test
    void emptyImagePropertyIsRejected() {
        assertThatThrownBy(() -> load("""
                suite: image-empty
                target:
                  image: ${app.empty:-}
                checks:
                  - id: proc
                    readOnly: /proc/sys
                """)).isInstanceOf(SuiteLoadException.class)
                .hasMessage("suite.yaml:3:10: invalid image reference '' in field 'image' of the target of suite "
                        + "'image-empty': it must start with a letter or digit and contain only letters, digits "
                        + "and . _ : / @ + -; write REPOSITORY[:TAG] or REPOSITORY@DIGEST, for example "
                        + "netsysctl/busybox:local");
    }
}
