package io.netsysctl.target.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netsysctl.model.Errno;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.WriteOutcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProbeScriptsTest {

    @TempDir
    Path root;

    static Stream<List<String>> shells() {
        return Shells.all().stream();
    }

    private Path file(String relative, String content) throws IOException {
        Path path = root.resolve("proc/sys").resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, content);
        return path;
    }

    private static SysctlKey key(String text) {
        return SysctlKey.parse(text);
    }

    @ParameterizedTest
    @MethodSource("shells")
    void batchReadKeepsTabsNewlinesAndMissingKeys(List<String> shell) throws IOException {
        file("net/ipv4/tcp_rmem", "4096\t131072\t6291456\n");
        file("net/ipv4/conf/eth0.100/forwarding", "1\n");
        file("net/core/multi", "line one\nline two\n\n");
        file("net/core/empty", "");
        Files.createDirectories(root.resolve("proc/sys/net/ipv6"));
        List<SysctlKey> keys = List.of(key("net.ipv4.tcp_rmem"), key("net.ipv4.conf.eth0/100.forwarding"),
                key("net.core.multi"), key("net.core.netdev_max_backlog"), key("net.core.empty"), key("net.ipv6"));

        Map<SysctlKey, KeyRead> reads = ProbeScripts.parseBatchRead(keys,
                Shells.run(shell, ProbeScripts.batchRead(root.toString(), keys)));

        assertThat(reads.keySet()).containsExactlyElementsOf(keys);
        assertThat(reads.get(keys.get(0))).isEqualTo(KeyRead.value(keys.get(0), "4096\t131072\t6291456\n"));
        assertThat(reads.get(keys.get(1))).isEqualTo(KeyRead.value(keys.get(1), "1\n"));
        assertThat(reads.get(keys.get(2))).isEqualTo(KeyRead.value(keys.get(2), "line one\nline two\n\n"));
        assertThat(reads.get(keys.get(3))).isEqualTo(KeyRead.absent(keys.get(3)));
        assertThat(reads.get(keys.get(4))).isEqualTo(KeyRead.value(keys.get(4), ""));
        assertThat(reads.get(keys.get(5))).as("a directory is not a key").isEqualTo(KeyRead.absent(keys.get(5)));
    }

    @ParameterizedTest
    @MethodSource("shells")
    void batchReadReportsUnreadableFile(List<String> shell) {
        // route/flush is write-only (mode 0200); reading it fails with EACCES even as root.
        List<SysctlKey> keys = List.of(key("net.ipv4.route.flush"), key("net.ipv4.tcp_rmem"));

        Map<SysctlKey, KeyRead> reads = ProbeScripts.parseBatchRead(keys,
                Shells.run(shell, ProbeScripts.batchRead("", keys)));

        KeyRead flush = reads.get(keys.get(0));
        assertThat(flush.status()).isEqualTo(KeyRead.Status.UNREADABLE);
        assertThat(flush.error()).endsWith("Permission denied");
        assertThat(reads.get(keys.get(1)).status()).isEqualTo(KeyRead.Status.VALUE);
        assertThatThrownBy(() -> flush.toOptional("host"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot read sysctl net.ipv4.route.flush in host: ")
                .hasMessageEndingWith(
                        "Permission denied (the file exists but is not readable, as write-only keys are)");
    }

    @ParameterizedTest
    @MethodSource("shells")
    void batchReadOfNoKeysIsEmpty(List<String> shell) {
        assertThat(ProbeScripts.parseBatchRead(List.of(), Shells.run(shell, ProbeScripts.batchRead("", List.of()))))
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("shells")
    void listKeysFindsRegularFilesRecursively(List<String> shell) throws IOException {
        file("net/ipv4/tcp_rmem", "1\n");
        file("net/ipv4/conf/eth0.100/forwarding", "1\n");
        file("net/core/somaxconn", "4096\n");
        file("kernel/domainname", "(none)\n");
        Files.createDirectories(root.resolve("proc/sys/net/empty"));
        Files.createSymbolicLink(root.resolve("proc/sys/net/link"), root.resolve("proc/sys/kernel"));

        String output = new String(Shells.run(shell, ProbeScripts.listKeys(root.toString())), StandardCharsets.UTF_8);

        assertThat(ProbeScripts.parseListKeys(root.toString(), output)).containsExactly(
                key("net.core.somaxconn"), key("net.ipv4.conf.eth0/100.forwarding"), key("net.ipv4.tcp_rmem"));
    }

    @ParameterizedTest
    @MethodSource("shells")
    void listKeysOfRealProcContainsTcpRmem(List<String> shell) {
        String output = new String(Shells.run(shell, ProbeScripts.listKeys("")), StandardCharsets.UTF_8);

        List<SysctlKey> keys = ProbeScripts.parseListKeys("", output);
        assertThat(keys).contains(key("net.ipv4.tcp_rmem"), key("net.core.somaxconn"));
        assertThat(keys).allMatch(SysctlKey::isNetworkKey);
        assertThat(keys).isSorted();
    }

    @ParameterizedTest
    @MethodSource("shells")
    void writeProbeWritesCurrentValueBack(List<String> shell) throws IOException {
        Path path = file("net/ipv4/tcp_rmem", "4096\t131072\t6291456\n");

        WriteOutcome outcome = ProbeScripts.parseWrite(root.toString(), new String(Shells.run(shell,
                ProbeScripts.writeProbe(root.toString(), key("net.ipv4.tcp_rmem"), Optional.empty())),
                StandardCharsets.UTF_8));

        assertThat(outcome).isEqualTo(WriteOutcome.succeeded("/proc/sys/net/ipv4/tcp_rmem", "4096\t131072\t6291456"));
        assertThat(Files.readString(path)).isEqualTo("4096\t131072\t6291456\n");
    }

    @ParameterizedTest
    @MethodSource("shells")
    void writeProbeWritesGivenValueWithQuotes(List<String> shell) throws IOException {
        Path path = file("net/core/value", "0\n");

        WriteOutcome outcome = ProbeScripts.parseWrite(root.toString(), new String(Shells.run(shell,
                ProbeScripts.writeProbe(root.toString(), key("net.core.value"), Optional.of("a'b $(x) `y`"))),
                StandardCharsets.UTF_8));

        assertThat(outcome).isEqualTo(WriteOutcome.succeeded("/proc/sys/net/core/value", "a'b $(x) `y`"));
        assertThat(Files.readString(path)).isEqualTo("a'b $(x) `y`\n");
    }

    @ParameterizedTest
    @MethodSource("shells")
    void writeProbeReportsKernelError(List<String> shell) {
        // Run in the current network namespace only for a write the kernel rejects: nothing changes.
        WriteOutcome outcome = ProbeScripts.parseWrite("", new String(Shells.run(shell,
                ProbeScripts.writeProbe("", key("net.ipv4.tcp_keepalive_time"), Optional.of("abc"))),
                StandardCharsets.UTF_8));

        assertThat(outcome.succeeded()).isFalse();
        assertThat(outcome.errno()).contains(Errno.EINVAL);
        assertThat(outcome.path()).isEqualTo("/proc/sys/net/ipv4/tcp_keepalive_time");
        assertThat(outcome.value()).isEqualTo("abc");
        assertThat(outcome.detail()).isEqualTo("cat: write error: Invalid argument");
    }

    @ParameterizedTest
    @MethodSource("shells")
    void writeProbeOfMissingKeyReportsEnoent(List<String> shell) {
        WriteOutcome outcome = ProbeScripts.parseWrite(root.toString(), new String(Shells.run(shell,
                ProbeScripts.writeProbe(root.toString(), key("net.core.missing"), Optional.empty())),
                StandardCharsets.UTF_8));

        assertThat(outcome.errno()).contains(Errno.ENOENT);
        assertThat(outcome.detail()).startsWith("cannot read the current value to write back: ");
    }

    @ParameterizedTest
    @MethodSource("shells")
    void writeUnderProcSysPrefersKeepaliveKey(List<String> shell) throws IOException {
        file("net/core/aaa", "1\n");
        Path preferred = file("net/ipv4/tcp_keepalive_time", "7200\n");

        WriteOutcome outcome = ProbeScripts.parseWrite(root.toString(), new String(Shells.run(shell,
                ProbeScripts.writeUnder(root.toString(), "/proc/sys/")), StandardCharsets.UTF_8));

        assertThat(outcome).isEqualTo(WriteOutcome.succeeded("/proc/sys/net/ipv4/tcp_keepalive_time", "7200"));
        assertThat(Files.readString(preferred)).isEqualTo("7200\n");
    }

    @ParameterizedTest
    @MethodSource("shells")
    void writeUnderProcSysTakesFirstReadableFile(List<String> shell) throws IOException {
        file("kernel/b", "2\n");
        file("kernel/a/z", "1\n");

        WriteOutcome outcome = ProbeScripts.parseWrite(root.toString(), new String(Shells.run(shell,
                ProbeScripts.writeUnder(root.toString(), "/proc/sys/kernel")), StandardCharsets.UTF_8));

        assertThat(outcome).isEqualTo(WriteOutcome.succeeded("/proc/sys/kernel/a/z", "1"));
    }

    @ParameterizedTest
    @MethodSource("shells")
    void writeUnderOtherDirectoryCreatesAndRemovesProbeFile(List<String> shell) throws IOException {
        Path dir = Files.createDirectories(root.resolve("data dir"));

        WriteOutcome outcome = ProbeScripts.parseWrite(root.toString(), new String(Shells.run(shell,
                ProbeScripts.writeUnder(root.toString(), "/data dir")), StandardCharsets.UTF_8));

        assertThat(outcome).isEqualTo(WriteOutcome.succeeded("/data dir", ""));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("shells")
    void writeUnderMissingDirectoryReportsEnoent(List<String> shell) {
        WriteOutcome outcome = ProbeScripts.parseWrite(root.toString(), new String(Shells.run(shell,
                ProbeScripts.writeUnder(root.toString(), "/missing")), StandardCharsets.UTF_8));

        assertThat(outcome.errno()).contains(Errno.ENOENT);
        assertThat(outcome.path()).isEqualTo("/missing");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            sh: 1: cannot create /proc/sys/net/ipv4/ip_forward: Read-only file system | EROFS
            sh: line 1: can't create /proc/sys/net/ipv4/ip_forward: Read-only file system | EROFS
            cat: write error: Invalid argument | EINVAL
            cat: write error: Operation not permitted | EPERM
            sh: can't create /proc/sys/net/core/rmem_max: Permission denied | EACCES
            cat: can't open '/proc/sys/net/core/x': No such file or directory | ENOENT
            cat: write error: Resource busy | EBUSY
            cat: write error: Device or resource busy | EBUSY
            cat: write error: No such device | ENODEV
            cat: /proc/sys/Permission denied/x: Invalid argument | EINVAL
            """)
    void errnoFromShellMessage(String message, Errno expected) {
        assertThat(Errno.fromMessage(message)).contains(expected);
    }

    @ParameterizedTest
    @MethodSource("malformedBatchOutputs")
    void parseBatchReadRejectsMalformedOutput(String output, String problem) {
        List<SysctlKey> keys = List.of(key("net.a"));

        assertThatThrownBy(() -> ProbeScripts.parseBatchRead(keys, output.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(ProbeOutputException.class)
                .hasMessageStartingWith("unexpected output from the batch read script: " + problem + "; output was: ");
    }

    static Stream<Arguments> malformedBatchOutputs() {
        return Stream.of(
                Arguments.of("\0010\0021\n\003V", "the output does not end with the end marker, so it was cut short"),
                Arguments.of("\001end\n", "expected 1 records, found 0"),
                Arguments.of("junk\0010\0021\003V\001end\n", "unexpected text before the first record"),
                Arguments.of("\0011\0021\003V\001end\n", "record 0 is malformed"),
                Arguments.of("\0010\0021\003X\001end\n", "record 0 has unknown status 'X'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/proc/1/root/", "proc/1/root", "/proc/../etc"})
    void rootPrefixIsChecked(String root) {
        assertThatThrownBy(() -> ProbeScripts.listKeys(root)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid root prefix '" + root + "': expected \"\" or an absolute path without trailing "
                        + "slash or '..', such as /proc/1/root");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            plain       | 'plain'
            it's        | 'it'\\''s'
            $(reboot)   | '$(reboot)'
            """)
    void quoteWrapsInSingleQuotes(String text, String quoted) {
        assertThat(ShellQuoting.quote(text)).isEqualTo(quoted);
    }
}
