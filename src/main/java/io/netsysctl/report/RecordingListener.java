package io.netsysctl.report;

import java.time.Clock;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Base of the listeners that follow a run of the {@code netsysctl} suite engine. It owns one {@link RunRecorder}
 * per test plan, forwards every execution event to it, and calls the hooks of the subclass after the recorder
 * has taken each event in. For a test plan without suites of the {@code netsysctl} engine there is no recorder
 * and no hook is called.
 */
abstract class RecordingListener implements TestExecutionListener {

    private final Clock clock;
    private RunRecorder recorder;

    RecordingListener(Clock clock) {
        this.clock = clock;
    }

    /** Resets the state of the subclass before a test plan with suites starts. */
    void runStarted() {
    }

    /** Reacts to a test or container that finished or was skipped, once the recorder has stored it. */
    void executionEnded(RunRecorder recorder, TestIdentifier identifier) {
    }

    /** Reacts to the end of a test plan with suites, with everything the recorder stored. */
    abstract void runFinished(RunRecorder recorder);

    @Override
    public final void testPlanExecutionStarted(TestPlan testPlan) {
        recorder = null;
        if (RunRecorder.containsSuites(testPlan)) {
            runStarted();
            recorder = new RunRecorder(clock);
            recorder.started(testPlan);
        }
    }

    @Override
    public final void executionStarted(TestIdentifier testIdentifier) {
        if (recorder != null) {
            recorder.executionStarted(testIdentifier);
        }
    }

    @Override
    public final void reportingEntryPublished(TestIdentifier testIdentifier, ReportEntry entry) {
        if (recorder != null) {
            recorder.entryPublished(testIdentifier, entry);
        }
    }

    @Override
    public final void executionSkipped(TestIdentifier testIdentifier, String reason) {
        if (recorder != null) {
            recorder.executionSkipped(testIdentifier, reason);
            executionEnded(recorder, testIdentifier);
        }
    }

    @Override
    public final void executionFinished(TestIdentifier testIdentifier, TestExecutionResult testExecutionResult) {
        if (recorder != null) {
            recorder.executionFinished(testIdentifier, testExecutionResult);
            executionEnded(recorder, testIdentifier);
        }
    }

    @Override
    public final void testPlanExecutionFinished(TestPlan testPlan) {
        if (recorder != null) {
            RunRecorder finished = recorder;
            recorder = null;
            runFinished(finished);
        }
    }
}
