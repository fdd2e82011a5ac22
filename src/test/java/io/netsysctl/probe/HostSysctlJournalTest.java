package io.netsysctl.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.host.ProcSysFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replays a journal against the real host: these tests change {@code net.ipv4.tcp_retries1} and restore it. */
class HostSysctlJournalTest {

    private static final SysctlKey KEY = SysctlKey.parse("net.ipv4.tcp_retries1");
    private static final Path PATH = Path.of("/proc/sys/net/ipv4/tcp_retries1");

    @TempDir
    Path folder;

    private String original;

    @BeforeEach
    void readOriginal() throws IOException {
        original = ProcSysFiles.readProcFile(PATH).strip();
    }

    @AfterEach
    void restoreOriginal() throws IOException {
        Files.writeString(PATH, original);
    }

    @Test
    void replayRestoresValueOfKilledRun() throws IOException {
        Path file = folder.resolve("journal");
        HostSysctlJournal killedRun = new HostSysctlJournal(file);
        HostSysctlJournal.Entry entry = killedRun.record(KEY, original);
        String changed = Integer.toString(Integer.parseInt(original) + 1);
        Files.writeString(PATH, changed);
        assertThat(ProcSysFiles.readProcFile(PATH).strip()).as("host value after the simulated probe")
                .isEqualTo(changed);

        List<HostSysctlJournal.Entry> restored = new HostSysctlJournal(file).replay();

        assertThat(restored).containsExactly(entry);
        assertThat(ProcSysFiles.readProcFile(PATH).strip()).as("host value after replay").isEqualTo(original);
        assertThat(Files.readString(file)).as("journal after a full replay").isEmpty();
    }

    @Test
    void replaySkipsRestoredEntries() throws IOException {
        Path file = folder.resolve("journal");
        HostSysctlJournal journal = new HostSysctlJournal(file);
        HostSysctlJournal.Entry entry = journal.record(KEY, "1");
        journal.markRestored(entry);

        assertThat(journal.pending()).isEmpty();
        assertThat(journal.replay()).isEmpty();
        assertThat(ProcSysFiles.readProcFile(PATH).strip()).isEqualTo(original);
    }

    @Test
    void lastRestoreEmptiesJournal() throws IOException {
        Path file = folder.resolve("journal");
        HostSysctlJournal journal = new HostSysctlJournal(file);
        HostSysctlJournal.Entry first = journal.record(KEY, original);
        HostSysctlJournal.Entry second = journal.record(KEY, original);

        journal.markRestored(first);
        assertThat(journal.pending()).as("entries pending after the first restore").containsExactly(second);

        journal.markRestored(second);
        assertThat(Files.readString(file)).as("journal after the last restore").isEmpty();
    }

    @Test
    void replayKeepsEntryOfOtherNamespace() throws IOException {
        Path file = folder.resolve("journal");
        Files.writeString(file, "{\"op\":\"changed\",\"id\":\"a\",\"key\":\"net.ipv4.tcp_retries1\","
                + "\"original\":\"1\",\"netns\":1}\n");
        HostSysctlJournal journal = new HostSysctlJournal(file);

        assertThat(journal.replay()).isEmpty();
        assertThat(journal.pending()).containsExactly(new HostSysctlJournal.Entry("a", KEY, "1", 1));
        assertThat(ProcSysFiles.readProcFile(PATH).strip()).isEqualTo(original);
    }

    @Test
    void replaySkipsKeysOutsideNet() throws IOException {
        Path file = folder.resolve("journal");
        Files.writeString(file, "{\"op\":\"changed\",\"id\":\"b\",\"key\":\"kernel.printk\",\"original\":\"1\","
                + "\"netns\":" + HostSysctlJournal.currentNetworkNamespace() + "}\n");
        HostSysctlJournal journal = new HostSysctlJournal(file);

        assertThat(journal.replay()).isEmpty();
        assertThat(journal.pending()).hasSize(1);
    }
}
