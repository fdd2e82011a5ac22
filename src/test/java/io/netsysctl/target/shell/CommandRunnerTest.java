package io.netsysctl.target.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netsysctl.target.InfrastructureException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandRunnerTest {

    @Test
    void collectsOutputAndExitCode() {
        CommandRunner.Result result = CommandRunner.run(List.of("sh", "-c", "cat; echo oops >&2; exit 3"),
                "input".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(10));

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.stdoutText()).isEqualTo("input");
        assertThat(result.stderr()).isEqualTo("oops\n");
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void timeoutKillsCommand() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> CommandRunner.run(List.of("sleep", "20"), Duration.ofSeconds(1)))
                .isInstanceOf(InfrastructureException.class)
                .hasMessage("command timed out after 1 s: sleep 20");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void backgroundChildHoldingOutputTimesOut() {
        long started = System.nanoTime();

        // The background sleep keeps stdout open for 4 s and then ends by itself. The shell lives 0.5 s more, so
        // the reader is already blocked on the pipe when it exits: the JDK only drains a pipe that nobody reads.
        assertThatThrownBy(() -> CommandRunner.run(List.of("sh", "-c", "echo started; sleep 4 & sleep 0.5"),
                Duration.ofSeconds(1)))
                .isInstanceOf(InfrastructureException.class)
                .hasMessage("command exited with code 0 but its standard input or output was still open 1 s after "
                        + "it started, held by a process it left running in the background; end that process or "
                        + "redirect its output: sh -c echo started; sleep 4 & sleep 0.5");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void missingProgramNamesFix() {
        assertThatThrownBy(() -> CommandRunner.run(List.of("/nonexistent/netsysctl-tool"), Duration.ofSeconds(1)))
                .isInstanceOf(InfrastructureException.class)
                .hasMessageStartingWith("cannot run /nonexistent/netsysctl-tool: ")
                .hasMessageEndingWith("; install it (util-linux provides unshare and nsenter)");
    }
}
