package io.netsysctl.target.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.shell.KeyRead;
import io.netsysctl.target.shell.ProbeOutputException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatBatchReadTest {

    private static final String BOOT_ID = "8b06c757-4d48-4d86-b68f-8778e38b32f1\n";
    private static final SysctlKey TIME = SysctlKey.parse("net.ipv4.tcp_keepalive_time");
    private static final SysctlKey RMEM = SysctlKey.parse("net.ipv4.tcp_rmem");
    private static final SysctlKey FLUSH = SysctlKey.parse("net.ipv4.route.flush");
    private static final SysctlKey MISSING = SysctlKey.parse("net.core.netdev_max_backlog");
    private static final SysctlKey SECRET = SysctlKey.parse("net.ipv6.conf.all.stable_secret");

    private static byte[] out(String... values) {
        return (BOOT_ID + String.join(BOOT_ID, values) + BOOT_ID).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void splitsValuesOnBootIdLines() {
        CatBatchRead.Result result = CatBatchRead.parse(List.of(TIME, RMEM), out("600\n", "4096\t131072\t6291456\n"),
                "", List.of());

        assertThat(result.reads()).containsEntry(TIME, KeyRead.value(TIME, "600\n"))
                .containsEntry(RMEM, KeyRead.value(RMEM, "4096\t131072\t6291456\n"));
        assertThat(result.unresolved()).isEmpty();
    }

    @Test
    void classifiesBusyBoxOpenErrors() {
        String stderr = "cat: can't open '/proc/sys/net/ipv4/route/flush': Permission denied\n"
                + "cat: can't open '/proc/sys/net/core/netdev_max_backlog': No such file or directory\n";

        CatBatchRead.Result result = CatBatchRead.parse(List.of(FLUSH, MISSING, TIME), out("", "", "600\n"), stderr,
                List.of());

        assertThat(result.reads().get(FLUSH).status()).isEqualTo(KeyRead.Status.UNREADABLE);
        assertThat(result.reads().get(FLUSH).error())
                .isEqualTo("cat: can't open '/proc/sys/net/ipv4/route/flush': Permission denied");
        assertThat(result.reads()).containsEntry(MISSING, KeyRead.absent(MISSING))
                .containsEntry(TIME, KeyRead.value(TIME, "600\n"));
    }

    @Test
    void classifiesGnuOpenErrors() {
        String stderr = "cat: /proc/sys/net/core/netdev_max_backlog: No such file or directory\n";

        CatBatchRead.Result result = CatBatchRead.parse(List.of(MISSING), out(""), stderr, List.of());

        assertThat(result.reads()).containsEntry(MISSING, KeyRead.absent(MISSING));
    }

    @Test
    void leavesUnattributedReadErrorsUnresolved() {
        String stderr = "cat: read error: Input/output error\n";

        CatBatchRead.Result result = CatBatchRead.parse(List.of(SECRET, TIME), out("", "600\n"), stderr, List.of());

        assertThat(result.unresolved()).containsExactly(SECRET);
        assertThat(result.reads()).containsOnlyKeys(TIME);
    }

    @Test
    void rejectsTruncatedOutput() {
        byte[] truncated = (BOOT_ID + "600\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CatBatchRead.parse(List.of(TIME), truncated, "", List.of()))
                .isInstanceOf(ProbeOutputException.class)
                .hasMessageContaining("does not end with the boot id line");
    }

    @Test
    void rejectsWrongValueCount() {
        assertThatThrownBy(() -> CatBatchRead.parse(List.of(TIME, RMEM), out("600\n"), "", List.of()))
                .isInstanceOf(ProbeOutputException.class)
                .hasMessageContaining("expected 2 values, found 1");
    }
}
