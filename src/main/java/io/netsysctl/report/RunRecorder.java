package io.netsysctl.report;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.ValueWrapper;

/**
 * Records the events of the tests below the {@code netsysctl} engine and turns them into suite and check
 * results. The engine may run directly or nested in another engine, such as the JUnit Platform Suite engine.
 *
 * <p>Every test below a suite becomes one check. A test that never started because a container above it
 * failed or was skipped inherits that container's outcome, so a check is never reported as passed when it
 * could not run. A failed container with no test left to carry its error becomes a check of its own.
 */
final class RunRecorder {

    /** The engine id of the suite engine. */
    static final String ENGINE_ID = "netsysctl";

    private final Clock clock;
    // Concurrent maps, because an engine that runs checks in parallel reports their events from several threads.
    private final Map<String, Map<String, String>> entries = new ConcurrentHashMap<>();
    private final Map<String, TestExecutionResult> results = new ConcurrentHashMap<>();
    private final Map<String, String> skipReasons = new ConcurrentHashMap<>();
    private final Map<String, Instant> startTimes = new ConcurrentHashMap<>();
    private final Map<String, Instant> endTimes = new ConcurrentHashMap<>();
    private final Set<String> runtimes = new LinkedHashSet<>();
    private TestPlan plan;
    private Instant startedAt;

    RunRecorder(Clock clock) {
        this.clock = clock;
    }

    /**
     * Returns whether the plan runs suites of the {@code netsysctl} engine, at the top or nested in another
     * engine. The engine is in every plan of a build that has it on the class path. It has children only when
     * suites were requested, and a suite file that fails to load is a child too.
     */
    static boolean containsSuites(TestPlan plan) {
        for (TestIdentifier root : plan.getRoots()) {
            if (hasSuites(plan, root) || plan.getDescendants(root).stream().anyMatch(node -> hasSuites(plan, node))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSuites(TestPlan plan, TestIdentifier identifier) {
        return isEngine(identifier) && !plan.getChildren(identifier).isEmpty();
    }

    /** Returns whether the identifier is the {@code netsysctl} engine itself. */
    static boolean isEngine(TestIdentifier identifier) {
        UniqueId.Segment last = identifier.getUniqueIdObject().getLastSegment();
        return "engine".equals(last.getType()) && ENGINE_ID.equals(last.getValue());
    }

    /** Returns whether the identifier lies below the {@code netsysctl} engine. */
    static boolean isBelowEngine(TestIdentifier identifier) {
        List<UniqueId.Segment> segments = identifier.getUniqueIdObject().getSegments();
        for (int i = 0; i < segments.size() - 1; i++) {
            if ("engine".equals(segments.get(i).getType()) && ENGINE_ID.equals(segments.get(i).getValue())) {
                return true;
            }
        }
        return false;
    }

    void started(TestPlan testPlan) {
        this.plan = testPlan;
        this.startedAt = clock.instant();
    }

    Instant startedAt() {
        return startedAt;
    }

    void executionStarted(TestIdentifier identifier) {
        startTimes.put(identifier.getUniqueId(), clock.instant());
    }

    void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        results.put(identifier.getUniqueId(), result);
        endTimes.put(identifier.getUniqueId(), clock.instant());
    }

    void executionSkipped(TestIdentifier identifier, String reason) {
        skipReasons.put(identifier.getUniqueId(), reason == null ? "" : reason);
    }

    void entryPublished(TestIdentifier identifier, ReportEntry entry) {
        String runtime = entry.getKeyValuePairs().get(ReportEntryKeys.RUNTIME);
        if (runtime != null && !runtime.isBlank()) {
            synchronized (runtimes) {
                runtimes.add(runtime);
            }
        }
        entries.merge(identifier.getUniqueId(), new LinkedHashMap<>(entry.getKeyValuePairs()), (old, added) -> {
            Map<String, String> merged = new LinkedHashMap<>(old);
            merged.putAll(added);
            return merged;
        });
    }

    /**
     * Returns whether the identifier is a suite: a child of the {@code netsysctl} engine, or a child of a class
     * container below the engine when a test class selected the suites.
     */
    boolean isSuite(TestIdentifier identifier) {
        if (isClassContainer(identifier)) {
            return false;
        }
        Optional<TestIdentifier> parent = plan.getParent(identifier);
        if (parent.isEmpty()) {
            return false;
        }
        if (isEngine(parent.get())) {
            return true;
        }
        return isClassContainer(parent.get()) && plan.getParent(parent.get()).filter(RunRecorder::isEngine).isPresent();
    }

    private static boolean isClassContainer(TestIdentifier identifier) {
        return identifier.isContainer() && identifier.getSource().filter(ClassSource.class::isInstance).isPresent();
    }

    /** Returns the suite a test belongs to, empty for identifiers outside the {@code netsysctl} engine. */
    Optional<TestIdentifier> suiteOf(TestIdentifier identifier) {
        Optional<TestIdentifier> current = Optional.of(identifier);
        while (current.isPresent() && !isSuite(current.get())) {
            current = plan.getParent(current.get());
        }
        return current;
    }

    /** Returns the tests below a suite in plan order; {@link #suite} lists their checks first, in this order. */
    List<TestIdentifier> testsOf(TestIdentifier suite) {
        List<TestIdentifier> tests = new ArrayList<>();
        collectTests(suite, tests, new LinkedHashSet<>());
        return tests;
    }

    /** Returns every suite of the run in plan order. */
    List<SuiteResult> suites() {
        List<SuiteResult> suites = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collectSuites(root, suites);
        }
        return suites;
    }

    private void collectSuites(TestIdentifier node, List<SuiteResult> suites) {
        for (TestIdentifier child : plan.getChildren(node)) {
            if (isSuite(child)) {
                suites.add(suite(child));
            } else {
                collectSuites(child, suites);
            }
        }
    }

    /** Builds the result of one suite from what has been recorded so far. */
    SuiteResult suite(TestIdentifier suite) {
        List<TestIdentifier> tests = new ArrayList<>();
        Set<TestIdentifier> failedContainers = new LinkedHashSet<>();
        collectTests(suite, tests, failedContainers);

        List<CheckResult> checks = new ArrayList<>();
        for (TestIdentifier test : tests) {
            checks.add(check(test, suite));
            failedContainers.removeAll(ancestorsUpTo(test, suite));
        }
        for (TestIdentifier container : failedContainers) {
            checks.add(containerCheck(container));
        }

        List<TestIdentifier> members = new ArrayList<>(tests);
        members.add(suite);
        String id = firstEntry(members, ReportEntryKeys.SUITE).orElse(suite.getDisplayName());
        String file = firstEntry(members, ReportEntryKeys.FILE).orElseGet(() -> fileOf(suite));
        String image = firstEntry(members, ReportEntryKeys.IMAGE).orElse(null);
        String runtime = firstEntry(members, ReportEntryKeys.RUNTIME).orElse(null);
        return new SuiteResult(id, file, SuiteResult.statusOf(checks), image, runtime, checks);
    }

    /** Returns the runtimes named by the checks' report entries, in the order they were first published. */
    List<String> runtimesUsed() {
        synchronized (runtimes) {
            return List.copyOf(runtimes);
        }
    }

    private void collectTests(TestIdentifier node, List<TestIdentifier> tests, Set<TestIdentifier> failed) {
        if (node.isTest()) {
            tests.add(node);
        }
        TestExecutionResult result = results.get(node.getUniqueId());
        if (node.isContainer() && result != null && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            failed.add(node);
        }
        for (TestIdentifier child : plan.getChildren(node)) {
            collectTests(child, tests, failed);
        }
    }

    /** Builds the result of one check; a test that never ran inherits the outcome of a container above it. */
    CheckResult check(TestIdentifier test, TestIdentifier suite) {
        Map<String, String> values = entries.getOrDefault(test.getUniqueId(), Map.of());
        Outcome outcome = outcomeOf(test, suite);
        String expected = values.get(ReportEntryKeys.EXPECTED);
        String actual = values.get(ReportEntryKeys.ACTUAL);
        if (outcome.throwable() instanceof AssertionFailedError) {
            AssertionFailedError failure = (AssertionFailedError) outcome.throwable();
            expected = expected != null ? expected : stringOf(failure.getExpected());
            actual = actual != null ? actual : stringOf(failure.getActual());
        }
        return new CheckResult(
                values.getOrDefault(ReportEntryKeys.CHECK, test.getDisplayName()),
                values.getOrDefault(ReportEntryKeys.KEY, keySegment(test)),
                outcome.status(),
                expected == null ? "" : expected,
                actual == null ? "" : actual,
                outcome.message(),
                categoryOf(outcome, values.get(ReportEntryKeys.CATEGORY)),
                values.getOrDefault(ReportEntryKeys.TARGET, ""),
                durationMillis(test));
    }

    private CheckResult containerCheck(TestIdentifier container) {
        Map<String, String> values = entries.getOrDefault(container.getUniqueId(), Map.of());
        Outcome outcome = outcomeOf(results.get(container.getUniqueId()));
        return new CheckResult(container.getDisplayName(), "", outcome.status(), "", "", outcome.message(),
                categoryOf(outcome, values.get(ReportEntryKeys.CATEGORY)),
                values.getOrDefault(ReportEntryKeys.TARGET, ""), durationMillis(container));
    }

    private Outcome outcomeOf(TestIdentifier test, TestIdentifier suite) {
        TestExecutionResult result = results.get(test.getUniqueId());
        if (result != null) {
            return outcomeOf(result);
        }
        if (skipReasons.containsKey(test.getUniqueId())) {
            return new Outcome(CheckStatus.SKIPPED, skipReasons.get(test.getUniqueId()), null);
        }
        for (TestIdentifier ancestor : ancestorsUpTo(test, suite)) {
            TestExecutionResult containerResult = results.get(ancestor.getUniqueId());
            if (containerResult != null && containerResult.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                return outcomeOf(containerResult);
            }
            if (skipReasons.containsKey(ancestor.getUniqueId())) {
                return new Outcome(CheckStatus.SKIPPED, skipReasons.get(ancestor.getUniqueId()), null);
            }
        }
        return new Outcome(CheckStatus.BROKEN, "The check did not run: the run ended before it started.", null);
    }

    private static Outcome outcomeOf(TestExecutionResult result) {
        CheckStatus status = CheckStatus.of(result);
        Throwable throwable = result.getThrowable().orElse(null);
        if (status == CheckStatus.PASSED) {
            return new Outcome(status, "", null);
        }
        String message = throwable == null ? "" : throwable.getMessage();
        if (throwable != null && (message == null || message.isBlank())) {
            message = throwable.getClass().getName();
        }
        return new Outcome(status, message, throwable);
    }

    private static String categoryOf(Outcome outcome, String entryCategory) {
        if (outcome.throwable() instanceof CheckFailedError) {
            return ((CheckFailedError) outcome.throwable()).category().title();
        }
        if (entryCategory != null && !entryCategory.isBlank()) {
            return entryCategory;
        }
        if (outcome.status() == CheckStatus.FAILED) {
            return FailureCategory.fromMessage(outcome.message()).map(FailureCategory::title).orElse(null);
        }
        return outcome.status() == CheckStatus.BROKEN ? FailureCategory.INFRASTRUCTURE.title() : null;
    }

    /** Returns the ancestors of {@code test} from its parent up to and including {@code suite}. */
    private List<TestIdentifier> ancestorsUpTo(TestIdentifier test, TestIdentifier suite) {
        List<TestIdentifier> ancestors = new ArrayList<>();
        Optional<TestIdentifier> current = plan.getParent(test);
        while (current.isPresent()) {
            ancestors.add(current.get());
            if (current.get().equals(suite)) {
                break;
            }
            current = plan.getParent(current.get());
        }
        return ancestors;
    }

    private Optional<String> firstEntry(List<TestIdentifier> identifiers, String key) {
        return identifiers.stream()
                .map(identifier -> entries.getOrDefault(identifier.getUniqueId(), Map.of()).get(key))
                .filter(value -> value != null && !value.isBlank())
                .findFirst();
    }

    /** Returns the time from start to end of a suite or check, zero when it never ran. */
    long durationMillis(TestIdentifier identifier) {
        Instant start = startTimes.get(identifier.getUniqueId());
        Instant end = endTimes.get(identifier.getUniqueId());
        return start == null || end == null ? 0 : Duration.between(start, end).toMillis();
    }

    private static String fileOf(TestIdentifier suite) {
        return suite.getSource()
                .filter(FileSource.class::isInstance)
                .map(source -> relativeToWorkingDirectory(((FileSource) source).getFile().toPath()))
                .orElse("");
    }

    private static String relativeToWorkingDirectory(Path file) {
        Path workingDirectory = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString()
                : absolute.toString();
    }

    /**
     * Returns the value of a {@code key} segment that ends the test's unique id, as the suite engine gives
     * each key of a check over several keys, so a check that failed before publishing its entries still
     * names its key.
     */
    private static String keySegment(TestIdentifier test) {
        UniqueId.Segment last = test.getUniqueIdObject().getLastSegment();
        return "key".equals(last.getType()) ? last.getValue() : "";
    }

    private static String stringOf(ValueWrapper value) {
        return Optional.ofNullable(value).map(ValueWrapper::getStringRepresentation).orElse(null);
    }

    private record Outcome(CheckStatus status, String message, Throwable throwable) {
    }
}
