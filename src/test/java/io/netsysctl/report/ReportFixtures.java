package io.netsysctl.report;

import io.netsysctl.report.FakeSuiteEngine.FakeCheck;
import io.netsysctl.report.FakeSuiteEngine.FakeSuite;
import io.netsysctl.target.InfrastructureException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.opentest4j.AssertionFailedError;

/** A fixed run of the fake suite engine covering every status, and a launcher that replays it. */
final class ReportFixtures {

    static final String TARGET = "docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451)";

    private ReportFixtures() {
    }

    /**
     * Returns three suites. The first has a pass, a value mismatch, a check over two keys of which one is
     * broken, an assertion without a category and a skip. The second is a file that cannot be loaded, and the
     * target of the third cannot start.
     */
    static List<FakeSuite> mixedRun() {
        FakeSuite keepalive = new FakeSuite("keepalive-follows-container", "suites/keepalive.yaml", List.of(
                FakeCheck.passed("keepalive-time-applied",
                        entries("keepalive-time-applied", "net.ipv4.tcp_keepalive_time", "600", "600")),
                FakeCheck.failed("port-range-default",
                        entries("port-range-default", "net.ipv4.ip_local_port_range", "1024 65000", "32768\t60999"),
                        new CheckFailedError(FailureCategory.VALUE_MISMATCH, "net.ipv4.ip_local_port_range in "
                                + TARGET + ": expected \"1024 65000\" but was \"32768\t60999\"")),
                FakeCheck.passed("keepalive-isolated[net.ipv4.tcp_keepalive_time]",
                        entries("keepalive-isolated", "net.ipv4.tcp_keepalive_time", "isolated", "isolated")),
                FakeCheck.failed("keepalive-isolated[net.ipv4.tcp_keepalive_probes]",
                        entries("keepalive-isolated", "net.ipv4.tcp_keepalive_probes", "isolated", ""),
                        new InfrastructureException("nsenter failed: no such process 4242; is the target running?")),
                FakeCheck.failed("somaxconn-equals",
                        entries("somaxconn-equals", "net.core.somaxconn", "", ""),
                        new AssertionFailedError("somaxconn differs", "4096", "128")),
                FakeCheck.skipped("keepalive-isolated-from-host-changes",
                        entries("keepalive-isolated-from-host-changes", "net.ipv4.tcp_keepalive_intvl", "", ""),
                        "mutateHost is off")));
        FakeSuite broken = new FakeSuite("broken.yaml", "suites/broken.yaml", List.of(
                FakeCheck.failed("load", Map.of(ReportEntryKeys.FILE, "suites/broken.yaml"),
                        new IllegalArgumentException("suites/broken.yaml:3:1: unknown field 'chekcs'; "
                                + "expected one of suite, description, target, checks"))));
        FakeSuite noImage = new FakeSuite("noimage", "suites/noimage.yaml", List.of(
                FakeCheck.passed("never-started", Map.of())),
                new InfrastructureException("image netsysctl/missing:local not found; build it with "
                        + "docker build -t netsysctl/missing:local ."));
        return List.of(keepalive, broken, noImage);
    }

    /** Returns a run in which every check passes, on {@code runtime}. */
    static List<FakeSuite> passingRun(String runtime) {
        Map<String, String> entries = entries("keepalive-time-applied", "net.ipv4.tcp_keepalive_time", "600", "600");
        entries.put(ReportEntryKeys.RUNTIME, runtime);
        return List.of(new FakeSuite("keepalive-follows-container", "suites/keepalive.yaml", List.of(
                FakeCheck.passed("keepalive-time-applied", entries))));
    }

    static Map<String, String> entries(String check, String key, String expected, String actual) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put(ReportEntryKeys.SUITE, "keepalive-follows-container");
        entries.put(ReportEntryKeys.FILE, "suites/keepalive.yaml");
        entries.put(ReportEntryKeys.CHECK, check);
        entries.put(ReportEntryKeys.KEY, key);
        if (!expected.isEmpty()) {
            entries.put(ReportEntryKeys.EXPECTED, expected);
        }
        if (!actual.isEmpty()) {
            entries.put(ReportEntryKeys.ACTUAL, actual);
        }
        entries.put(ReportEntryKeys.TARGET, TARGET);
        entries.put(ReportEntryKeys.IMAGE, "netsysctl/busybox:local");
        entries.put(ReportEntryKeys.RUNTIME, "runc");
        return entries;
    }

    /** Runs the fake engine over {@code suites} with only the given listeners, none from ServiceLoader. */
    static void execute(List<FakeSuite> suites, TestExecutionListener... listeners) {
        executeAs(RunRecorder.ENGINE_ID, suites, listeners);
    }

    /** Runs the fake engine under the engine id {@code engineId}. */
    static void executeAs(String engineId, List<FakeSuite> suites, TestExecutionListener... listeners) {
        execute(new FakeSuiteEngine(engineId, suites, null), listeners);
    }

    /** Runs the fake engine with its suites below a container for {@code selectingClass}. */
    static void executeBelowClass(Class<?> selectingClass, List<FakeSuite> suites,
            TestExecutionListener... listeners) {
        execute(new FakeSuiteEngine(RunRecorder.ENGINE_ID, suites, selectingClass), listeners);
    }

    private static void execute(FakeSuiteEngine engine, TestExecutionListener... listeners) {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .addTestEngines(engine)
                .build());
        launcher.execute(LauncherDiscoveryRequestBuilder.request().build(), listeners);
    }
}
