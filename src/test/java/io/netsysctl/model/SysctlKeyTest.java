package io.netsysctl.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class SysctlKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        net.ipv4.tcp_keepalive_time | net,ipv4,tcp_keepalive_time | net.ipv4.tcp_keepalive_time
        net.ipv4.conf.eth0/100.forwarding | net,ipv4,conf,eth0.100,forwarding | net.ipv4.conf.eth0/100.forwarding
        net/ipv4/conf/eth0.100/forwarding | net,ipv4,conf,eth0.100,forwarding | net.ipv4.conf.eth0/100.forwarding
        /proc/sys/net/ipv4/ip_forward | net,ipv4,ip_forward | net.ipv4.ip_forward
        /proc/sys/net/ipv4/conf/eth0.100/rp_filter | net,ipv4,conf,eth0.100,rp_filter | net.ipv4.conf.eth0/100.rp_filter
        net/ipv4/ip_forward | net,ipv4,ip_forward | net.ipv4.ip_forward
        kernel.domainname | kernel,domainname | kernel.domainname
        net.netfilter.nf_conntrack_max | net,netfilter,nf_conntrack_max | net.netfilter.nf_conntrack_max
        net.ipv6.conf.br-3f2a.disable_ipv6 | net,ipv6,conf,br-3f2a,disable_ipv6 | net.ipv6.conf.br-3f2a.disable_ipv6
        net.ipv4.conf.veth+1@x.forwarding | net,ipv4,conf,veth+1@x,forwarding | net.ipv4.conf.veth+1@x.forwarding
        net | net | net
        net.ipv4.neigh.default.gc_thresh1 | net,ipv4,neigh,default,gc_thresh1 | net.ipv4.neigh.default.gc_thresh1
        """)
    void parseValidKey(String text, String components, String dotted) {
        SysctlKey key = SysctlKey.parse(text);

        assertThat(key.components()).containsExactlyElementsOf(List.of(components.split(",")));
        assertThat(key.dotted()).isEqualTo(dotted);
        assertThat(SysctlKey.parse(key.dotted())).isEqualTo(key);
        assertThat(SysctlKey.parse(key.relativePath())).isEqualTo(key);
    }

    @ParameterizedTest
    @MethodSource("invalidKeys")
    void parseRejectsInvalidKey(String text, String message) {
        assertThatThrownBy(() -> SysctlKey.parse(text))
                .isInstanceOf(InvalidSysctlKeyException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidSysctlKeyException) e).input()).isEqualTo(String.valueOf(text));
    }

    static Stream<Arguments> invalidKeys() {
        return Stream.of(
                Arguments.of(null, "invalid sysctl key 'null': the key is empty"),
                Arguments.of("", "invalid sysctl key '': the key is empty"),
                Arguments.of("net..ipv4", "invalid sysctl key 'net..ipv4': empty component at position 2 "
                        + "(two '.' in a row)"),
                Arguments.of(".net.ipv4", "invalid sysctl key '.net.ipv4': empty component at the start "
                        + "(a leading '.')"),
                Arguments.of("net.ipv4.", "invalid sysctl key 'net.ipv4.': empty component at the end "
                        + "(a trailing '.')"),
                Arguments.of("net//ipv4", "invalid sysctl key 'net//ipv4': empty component at position 2 "
                        + "(two '/' in a row)"),
                Arguments.of("net/ipv4/", "invalid sysctl key 'net/ipv4/': empty component at the end "
                        + "(a trailing '/')"),
                Arguments.of("../../etc/passwd", "invalid sysctl key '../../etc/passwd': '..' path components "
                        + "are not accepted: a key names a file below /proc/sys and cannot leave it"),
                Arguments.of("net/../kernel", "invalid sysctl key 'net/../kernel': '..' path components are not "
                        + "accepted: a key names a file below /proc/sys and cannot leave it"),
                Arguments.of("net/./ipv4", "invalid sysctl key 'net/./ipv4': '.' path components are not "
                        + "accepted: a key names a file below /proc/sys and cannot leave it"),
                Arguments.of("/proc/sys/../../etc/passwd", "invalid sysctl key '/proc/sys/../../etc/passwd': "
                        + "'..' path components are not accepted: a key names a file below /proc/sys and cannot "
                        + "leave it"),
                Arguments.of("net.ipv4.conf./.x", "invalid sysctl key 'net.ipv4.conf./.x': component '/' stands "
                        + "for '.', which cannot name a file below /proc/sys"),
                Arguments.of("/etc/passwd", "invalid sysctl key '/etc/passwd': absolute paths are not keys; "
                        + "write the path relative to /proc/sys, such as net/ipv4/ip_forward, or the dotted form "
                        + "net.ipv4.ip_forward"),
                Arguments.of("/proc/sys", "invalid sysctl key '/proc/sys': absolute paths are not keys; "
                        + "write the path relative to /proc/sys, such as net/ipv4/ip_forward, or the dotted form "
                        + "net.ipv4.ip_forward"),
                Arguments.of("net.ipv4.ip forward", "invalid sysctl key 'net.ipv4.ip forward': whitespace at "
                        + "index 11 (U+0020); keys contain no spaces"),
                Arguments.of("net.ipv4.ip_forward\n", "invalid sysctl key 'net.ipv4.ip_forward\\u000A': "
                        + "whitespace at index 19 (U+000A); keys contain no spaces"),
                Arguments.of("net.ipv4\u0001x", "invalid sysctl key 'net.ipv4\\u0001x': control character U+0001 "
                        + "at index 8"),
                Arguments.of("net.ipv4;reboot", "invalid sysctl key 'net.ipv4;reboot': character ';' at index 8 "
                        + "is not allowed in a key"),
                Arguments.of("net.$(id)", "invalid sysctl key 'net.$(id)': character '$' at index 4 is not "
                        + "allowed in a key"),
                Arguments.of("net.`id`", "invalid sysctl key 'net.`id`': character '`' at index 4 is not "
                        + "allowed in a key"),
                Arguments.of("net.a|b", "invalid sysctl key 'net.a|b': character '|' at index 5 is not allowed "
                        + "in a key"),
                Arguments.of("net.ipv4.*", "invalid sysctl key 'net.ipv4.*': character '*' at index 9 is not "
                        + "allowed in a key"),
                Arguments.of("net.ipv4.ip_forward=1", "invalid sysctl key 'net.ipv4.ip_forward=1': character "
                        + "'=' at index 19 is not allowed in a key; pass the value separately from the key"),
                Arguments.of("net.'x'", "invalid sysctl key 'net.'x'': character ''' at index 4 is not allowed "
                        + "in a key"),
                Arguments.of("~/x", "invalid sysctl key '~/x': character '~' at index 0 is not allowed in a key"),
                Arguments.of("net.-rf", "invalid sysctl key 'net.-rf': component '-rf' is not a /proc/sys name: "
                        + "expected letters, digits and _ . + @ % , : -, starting with a letter, digit or _"),
                Arguments.of("net.ipv4.tcp_rm\u00e9m", "invalid sysctl key 'net.ipv4.tcp_rm\u00e9m': component "
                        + "'tcp_rm\u00e9m' is not a /proc/sys name: expected letters, digits and _ . + @ % , : -, "
                        + "starting with a letter, digit or _"),
                Arguments.of("net." + "a".repeat(256), "invalid sysctl key 'net." + "a".repeat(256)
                        + "': component of 256 characters is longer than the 255 a file name may have"));
    }

    @Test
    void firstSeparatorChoosesForm() {
        assertThat(SysctlKey.parse("net/ipv4.x").components()).containsExactly("net", "ipv4.x");
        assertThat(SysctlKey.parse("net.ipv4/x").components()).containsExactly("net", "ipv4.x");
    }

    @Test
    void pathsOfKey() {
        SysctlKey key = SysctlKey.parse("net.ipv4.conf.eth0/100.forwarding");

        assertThat(key.relativePath()).isEqualTo("net/ipv4/conf/eth0.100/forwarding");
        assertThat(key.procPath()).isEqualTo("/proc/sys/net/ipv4/conf/eth0.100/forwarding");
        assertThat(key.toString()).isEqualTo("net.ipv4.conf.eth0/100.forwarding");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            net.ipv4.ip_forward | true
            net | true
            kernel.domainname | false
            netfilter.x | false
            """)
    void isNetworkKey(String text, boolean expected) {
        assertThat(SysctlKey.parse(text).isNetworkKey()).isEqualTo(expected);
    }

    @Test
    void keysSortByDottedForm() {
        List<SysctlKey> keys = Stream.of("net.ipv4.tcp_rmem", "net.core.somaxconn", "kernel.domainname")
                .map(SysctlKey::parse).sorted().toList();

        assertThat(keys).extracting(SysctlKey::dotted)
                .containsExactly("kernel.domainname", "net.core.somaxconn", "net.ipv4.tcp_rmem");
    }
}
