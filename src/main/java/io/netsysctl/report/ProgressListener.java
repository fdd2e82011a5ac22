package io.netsysctl.report;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints the progress of a {@code netsysctl} run: one line per check as it ends, one line per suite with its
 * status and time, and a closing summary {@code netsysctl: N passed, N failed, N broken, N skipped} with the
 * same counts as the certificate.
 *
 * <p>These lines are the run's user interface, like the test runner's own result lines, so they go to standard
 * output rather than through SLF4J: they must show whatever logging binding and level the build uses, and the
 * summary must stand alone on its line for tools that read it. The listener is registered through
 * {@code ServiceLoader} and prints nothing for a test plan without suites of the {@code netsysctl} engine.
 */
public class ProgressListener extends RecordingListener {

    private final PrintStream out;
    private final Set<String> printedChecks = ConcurrentHashMap.newKeySet();
    private String previousMessage = "";

    public ProgressListener() {
        this(System.out, Clock.systemUTC());
    }

    ProgressListener(PrintStream out, Clock clock) {
        super(clock);
        this.out = out;
    }

    @Override
    void runStarted() {
        printedChecks.clear();
        previousMessage = "";
    }

    @Override
    void executionEnded(RunRecorder recorder, TestIdentifier identifier) {
        if (!RunRecorder.isBelowEngine(identifier)) {
            return;
        }
        if (recorder.isSuite(identifier)) {
            suiteFinished(recorder, identifier);
        } else if (identifier.isTest()) {
            recorder.suiteOf(identifier).ifPresent(suite -> {
                out.println(checkLine(recorder.check(identifier, suite)));
                printedChecks.add(identifier.getUniqueId());
            });
        }
    }

    @Override
    void runFinished(RunRecorder recorder) {
        out.println(CheckCounts.of(recorder.suites()).summary());
        out.flush();
    }

    /** Prints the checks that never started, because a container above them failed, and the suite line. */
    private void suiteFinished(RunRecorder recorder, TestIdentifier identifier) {
        SuiteResult suite = recorder.suite(identifier);
        List<TestIdentifier> tests = recorder.testsOf(identifier);
        for (int i = 0; i < suite.checks().size(); i++) {
            if (i >= tests.size() || !printedChecks.contains(tests.get(i).getUniqueId())) {
                out.println(checkLine(suite.checks().get(i)));
            }
        }
        out.printf(Locale.ROOT, "netsysctl: suite %s (%s) %s, %d checks in %.1f s%n", suite.id(), suite.file(),
                suite.status().label(), suite.checks().size(), recorder.durationMillis(identifier) / 1000.0);
        out.flush();
    }

    /**
     * Formats one check: status, id, key, time and the first line of its message. A message equal to the
     * previous check's is shortened to "same message as above", as when a target fails to start for a whole
     * suite, so the full message with its fix is printed once and not cut.
     */
    String checkLine(CheckResult check) {
        StringBuilder line = new StringBuilder("netsysctl:   ")
                .append(String.format(Locale.ROOT, "%-7s ", check.status().label()))
                .append(check.id());
        if (!check.key().isEmpty()) {
            line.append(' ').append(check.key());
        }
        line.append(String.format(Locale.ROOT, " (%d ms)", check.durationMillis()));
        String firstLine = check.message().lines().findFirst().orElse("");
        if (!firstLine.isEmpty()) {
            line.append(": ").append(firstLine.equals(previousMessage) ? "same message as above" : firstLine);
        }
        previousMessage = firstLine;
        return line.toString();
    }
}
