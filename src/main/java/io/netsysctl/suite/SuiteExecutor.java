package io.netsysctl.suite;

import io.netsysctl.HostNamespace;
import io.netsysctl.probe.HostSysctlJournal;
import io.netsysctl.report.CheckFailedError;
import io.netsysctl.report.FailureCategory;
import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.Targets;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the descriptor tree: one target per suite, one test per check or key, a report entry per test. */
final class SuiteExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteExecutor.class);

    private final EngineExecutionListener listener;
    private final HostSysctlJournal journal;
    private final CheckRunner runner;
    private HostNamespace host;

    SuiteExecutor(EngineExecutionListener listener, HostSysctlJournal journal) {
        this.listener = listener;
        this.journal = journal;
        this.runner = new CheckRunner(journal);
    }

    void execute(TestDescriptor engine) {
        listener.executionStarted(engine);
        replayJournal();
        runChildren(engine);
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    private void runChildren(TestDescriptor parent) {
        for (TestDescriptor child : parent.getChildren()) {
            if (child instanceof Descriptors.SuiteDescriptor suite) {
                runSuite(suite);
            } else if (child instanceof Descriptors.ClassDescriptor marked) {
                listener.executionStarted(marked);
                runChildren(marked);
                listener.executionFinished(marked, TestExecutionResult.successful());
            } else {
                runLoadFailure(child);
            }
        }
    }

    private void replayJournal() {
        try {
            journal.replay();
        } catch (RuntimeException e) {
            LOG.warn("Failed to replay the host sysctl journal {}: {}", journal.file(), e.getMessage());
        }
    }

    private void runLoadFailure(TestDescriptor container) {
        listener.executionStarted(container);
        for (TestDescriptor child : container.getChildren()) {
            Descriptors.LoadFailureDescriptor failure = (Descriptors.LoadFailureDescriptor) child;
            listener.executionStarted(failure);
            LOG.error("{}", failure.failure().getMessage());
            CheckRecord record = new CheckRecord("", failure.file(), "load").expected("a valid suite file")
                    .actual(failure.failure().getMessage()).category(FailureCategory.INVALID_SUITE);
            publish(failure, record);
            listener.executionFinished(failure, TestExecutionResult.failed(failure.failure()));
        }
        listener.executionFinished(container, TestExecutionResult.successful());
    }

    private void runSuite(Descriptors.SuiteDescriptor descriptor) {
        listener.executionStarted(descriptor);
        try (SuiteContext context = new SuiteContext(descriptor.suite(), this::host)) {
            context.start();
            for (TestDescriptor child : descriptor.getChildren()) {
                Descriptors.CheckDescriptor check = (Descriptors.CheckDescriptor) child;
                if (check.perKey()) {
                    runKeys(context, check);
                } else {
                    runTest(check, context, check.check().id(),
                            record -> runner.run(context, check.check(), record));
                }
            }
        }
        listener.executionFinished(descriptor, TestExecutionResult.successful());
    }

    private void runKeys(SuiteContext context, Descriptors.CheckDescriptor check) {
        listener.executionStarted(check);
        boolean mutateHost = ((CheckKind.Isolated) check.check().kind()).mutateHost();
        for (TestDescriptor child : check.getChildren()) {
            Descriptors.KeyDescriptor key = (Descriptors.KeyDescriptor) child;
            runTest(key, context, check.check().id(),
                    record -> runner.isolated(context, key.key(), mutateHost, record));
        }
        listener.executionFinished(check, TestExecutionResult.successful());
    }

    private interface TestBody {
        void run(CheckRecord record);
    }

    private void runTest(TestDescriptor test, SuiteContext context, String checkId, TestBody body) {
        listener.executionStarted(test);
        SuiteDefinition suite = context.suite();
        CheckRecord record = new CheckRecord(suite.id(), suite.file(), checkId);
        Throwable failure = null;
        try {
            body.run(record);
        } catch (CheckFailedError e) {
            failure = e;
            record.category(e.category());
        } catch (RuntimeException | AssertionError e) {
            failure = e;
            record.category(FailureCategory.INFRASTRUCTURE).notRun(String.valueOf(e.getMessage()));
        }
        record.target(context.description(), context.image(), context.runtime());
        publish(test, record);
        if (failure == null) {
            listener.executionFinished(test, TestExecutionResult.successful());
        } else {
            LOG.debug("Check {} of suite {} failed", checkId, suite.id(), failure);
            listener.executionFinished(test, TestExecutionResult.failed(failure));
        }
    }

    private void publish(TestDescriptor test, CheckRecord record) {
        try {
            listener.reportingEntryPublished(test, record.toReportEntry());
        } catch (RuntimeException e) {
            LOG.warn("Failed to publish the report entry of {}: {}", test.getDisplayName(), e.toString());
        }
    }

    private HostNamespace host() {
        if (host == null) {
            try {
                host = Targets.host();
            } catch (RuntimeException e) {
                throw new InfrastructureException("Failed to read the host's network namespace: " + e.getMessage(), e);
            }
        }
        return host;
    }
}
