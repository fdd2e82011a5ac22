package io.netsysctl.report;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;

/**
 * A fake of the {@code netsysctl} suite engine for the report tests: it has the real engine's id and replays
 * fixed suites, publishing the report entries the real engine publishes, without loading YAML or starting
 * targets. It is not registered through {@code ServiceLoader}; tests hand it to a launcher themselves.
 */
final class FakeSuiteEngine implements TestEngine {

    /**
     * A check of a fake suite: its report entries and its outcome, a throwable, a skip reason or a pass. With a
     * {@code key}, its unique id ends in a {@code key} segment, as the real engine's tests per key do.
     */
    record FakeCheck(String name, Map<String, String> entries, Throwable failure, String skipReason, String key) {

        static FakeCheck passed(String name, Map<String, String> entries) {
            return new FakeCheck(name, entries, null, null, null);
        }

        static FakeCheck failed(String name, Map<String, String> entries, Throwable failure) {
            return new FakeCheck(name, entries, failure, null, null);
        }

        static FakeCheck skipped(String name, Map<String, String> entries, String reason) {
            return new FakeCheck(name, entries, null, reason, null);
        }

        FakeCheck withKey(String newKey) {
            return new FakeCheck(name, entries, failure, skipReason, newKey);
        }
    }

    /**
     * A fake suite: a container with a file source. A {@code startFailure} fails the container before any of
     * its checks start, as a target that cannot start does in the real engine.
     */
    record FakeSuite(String name, String file, List<FakeCheck> checks, Throwable startFailure) {

        FakeSuite(String name, String file, List<FakeCheck> checks) {
            this(name, file, checks, null);
        }
    }

    private final String id;
    private final List<FakeSuite> suites;
    private final Class<?> selectingClass;

    /**
     * Creates the fake with the engine id {@code id}; only {@code netsysctl} makes the reports listen. With a
     * {@code selectingClass}, the suites sit in a container with that class as source, as when a test class
     * selects the suites.
     */
    FakeSuiteEngine(String id, List<FakeSuite> suites, Class<?> selectingClass) {
        this.id = id;
        this.suites = List.copyOf(suites);
        this.selectingClass = selectingClass;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest discoveryRequest, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "netsysctl (fake)");
        TestDescriptor parent = engine;
        if (selectingClass != null) {
            parent = new ClassDescriptor(uniqueId.append("class", selectingClass.getName()), selectingClass);
            engine.addChild(parent);
        }
        for (FakeSuite suite : suites) {
            SuiteDescriptor suiteDescriptor = new SuiteDescriptor(parent.getUniqueId().append("suite", suite.name()),
                    suite);
            for (FakeCheck check : suite.checks()) {
                UniqueId checkId = check.key() == null ? suiteDescriptor.getUniqueId().append("check", check.name())
                        : suiteDescriptor.getUniqueId().append("key", check.key());
                suiteDescriptor.addChild(new CheckDescriptor(checkId, check));
            }
            parent.addChild(suiteDescriptor);
        }
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor engine = request.getRootTestDescriptor();
        listener.executionStarted(engine);
        TestDescriptor parent = engine;
        if (selectingClass != null) {
            parent = engine.getChildren().iterator().next();
            listener.executionStarted(parent);
        }
        for (TestDescriptor child : parent.getChildren()) {
            SuiteDescriptor suite = (SuiteDescriptor) child;
            listener.executionStarted(suite);
            if (suite.suite.startFailure() != null) {
                listener.executionFinished(suite, TestExecutionResult.failed(suite.suite.startFailure()));
                continue;
            }
            for (TestDescriptor grandchild : suite.getChildren()) {
                run((CheckDescriptor) grandchild, listener);
            }
            listener.executionFinished(suite, TestExecutionResult.successful());
        }
        if (parent != engine) {
            listener.executionFinished(parent, TestExecutionResult.successful());
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    private static void run(CheckDescriptor descriptor, EngineExecutionListener listener) {
        FakeCheck check = descriptor.check;
        if (check.skipReason() != null) {
            listener.executionSkipped(descriptor, check.skipReason());
            return;
        }
        listener.executionStarted(descriptor);
        if (!check.entries().isEmpty()) {
            listener.reportingEntryPublished(descriptor, ReportEntry.from(check.entries()));
        }
        listener.executionFinished(descriptor, check.failure() == null ? TestExecutionResult.successful()
                : TestExecutionResult.failed(check.failure()));
    }

    private static final class ClassDescriptor extends AbstractTestDescriptor {
        ClassDescriptor(UniqueId uniqueId, Class<?> type) {
            super(uniqueId, type.getSimpleName(), ClassSource.from(type));
        }

        @Override
        public Type getType() {
            return Type.CONTAINER;
        }
    }

    private static final class SuiteDescriptor extends AbstractTestDescriptor {
        private final FakeSuite suite;

        SuiteDescriptor(UniqueId uniqueId, FakeSuite suite) {
            super(uniqueId, suite.name(), FileSource.from(new File(suite.file())));
            this.suite = suite;
        }

        @Override
        public Type getType() {
            return Type.CONTAINER;
        }
    }

    private static final class CheckDescriptor extends AbstractTestDescriptor {
        private final FakeCheck check;

        CheckDescriptor(UniqueId uniqueId, FakeCheck check) {
            super(uniqueId, check.name());
            this.check = check;
        }

        @Override
        public Type getType() {
            return Type.TEST;
        }
    }
}
