package io.netsysctl.junit;

import static io.netsysctl.assertj.NetSysctlAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.HostNamespace;
import io.netsysctl.NetSysctl;
import io.netsysctl.NetSysctlTarget;
import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import io.netsysctl.report.CheckFailedError;
import io.netsysctl.target.TargetStartException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Starting, sharing, injecting and removing targets, run through the Jupiter engine. */
class NetSysctlLifecycleIT {

    private static final String PREFIX = "NetSysctlLifecycleIT.";

    /** What the fixtures received, by a label each fixture chooses; cleared before each test. */
    static final Map<String, List<SysctlContainer>> SEEN = new ConcurrentHashMap<>();

    static void record(String label, SysctlContainer target) {
        SEEN.computeIfAbsent(label, k -> new CopyOnWriteArrayList<>()).add(target);
    }

    @BeforeEach
    void clear() {
        SEEN.clear();
    }

    @KitFixture
    @NetSysctl(sysctls = "net.ipv4.tcp_keepalive_time=600")
    static class SharedClassTarget {
        @NetSysctlTarget
        SysctlContainer field;

        static Set<String> ownedDuringTest = Set.of();

        @Test
        void first(SysctlContainer container) {
            record("parameter", container);
            record("field", field);
            ownedDuringTest = ManagedContainers.ownedByThisJvm();
        }

        @Test
        void second(SysctlContainer container) {
            record("parameter", container);
        }
    }

    @Test
    void classTargetSharedAndRemoved() {
        EngineExecutionResults results = Kit.run(SharedClassTarget.class);

        assertThat(Kit.failureMessages(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
        assertThat(SEEN.get("parameter")).hasSize(2);
        SysctlContainer target = SEEN.get("parameter").get(0);
        assertThat(SEEN.get("parameter").get(1)).isSameAs(target);
        assertThat(SEEN.get("field")).containsExactly(target);
        assertThat(SharedClassTarget.ownedDuringTest).as("containers of this JVM during the test")
                .contains(target.id());
        assertThat(ManagedContainers.exists(target.id())).as("container %s exists", target.id()).isFalse();
        assertThat(ManagedContainers.ownedByThisJvm()).isEmpty();
    }

    @KitFixture
    @NetSysctl(sysctls = "net.ipv4.tcp_keepalive_time=600")
    static class FailingAssertion {
        @Test
        void keepalive(SysctlContainer container) {
            record("target", container);
            assertThat(container).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(601);
        }
    }

    @Test
    void failedAssertionMessageAndCleanup() {
        EngineExecutionResults results = Kit.run(FailingAssertion.class);

        SysctlContainer target = SEEN.get("target").get(0);
        List<Throwable> failures = Kit.failures(results.testEvents());
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(CheckFailedError.class).hasMessage("[Value mismatch] "
                + "net.ipv4.tcp_keepalive_time in " + target.description() + "\n"
                + "expected: 601\n"
                + " but was: 600");
        assertThat(ManagedContainers.exists(target.id())).as("container %s exists", target.id()).isFalse();
        assertThat(ManagedContainers.ownedByThisJvm()).isEmpty();
    }

    @KitFixture
    @NetSysctl(name = "good")
    @NetSysctl(name = "rejected", sysctls = "net.ipv4.tcp_keepalive_time=not-a-number")
    static class RejectedSecondTarget {
        @Test
        void neverRuns() {
        }
    }

    @Test
    void failedStartRemovesEarlierTargets() {
        EngineExecutionResults results = Kit.run(RejectedSecondTarget.class);

        assertThat(results.testEvents().started().count()).isZero();
        List<Throwable> failures = Kit.failures(results.containerEvents());
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(TargetStartException.class)
                .hasMessageContaining("write /proc/sys/net/ipv4/tcp_keepalive_time: invalid argument");
        assertThat(ManagedContainers.ownedByThisJvm()).isEmpty();
    }

    @KitFixture
    @NetSysctl(name = "client")
    static class UnknownName {
        @Test
        void test(@NetSysctlTarget("serverr") SysctlContainer server) {
        }
    }

    @Test
    void unknownNameListsDeclaredTargets() {
        EngineExecutionResults results = Kit.run(UnknownName.class);

        List<Throwable> failures = Kit.failures(results.testEvents());
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOf(ParameterResolutionException.class).hasMessage(
                "@NetSysctlTarget(\"serverr\") on parameter server of " + PREFIX + "UnknownName.test(SysctlContainer): "
                        + "no @NetSysctl(name = \"serverr\") in scope; declared: 'client' on " + PREFIX
                        + "UnknownName");
    }

    @KitFixture
    @NetSysctl(runtime = RuntimeKind.SANDBOX, sysctls = "net.ipv4.tcp_keepalive_time=600")
    static class MethodTargetHidesClassTarget {
        @Test
        void classTarget(SysctlContainer container) {
            record("class", container);
        }

        @Test
        @NetSysctl(runtime = RuntimeKind.SANDBOX, sysctls = "net.ipv4.tcp_keepalive_time=700")
        void methodTarget(SysctlContainer container) {
            record("method", container);
            assertThat(container).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(700);
        }

        @Nested
        @NetSysctl(name = "inner", runtime = RuntimeKind.SANDBOX)
        class Inner {
            @Test
            void seesOuterTarget(SysctlContainer outer, @NetSysctlTarget("inner") SysctlContainer inner) {
                record("nested outer", outer);
                record("nested inner", inner);
            }
        }
    }

    @Test
    void methodAndNestedScopes() {
        EngineExecutionResults results = Kit.run(MethodTargetHidesClassTarget.class);

        assertThat(Kit.failureMessages(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(3);
        SysctlContainer classTarget = SEEN.get("class").get(0);
        SysctlContainer methodTarget = SEEN.get("method").get(0);
        assertThat(methodTarget).isNotSameAs(classTarget);
        assertThat(SEEN.get("nested outer")).containsExactly(classTarget);
        assertThat(SEEN.get("nested inner").get(0)).isNotSameAs(classTarget);
        for (String label : List.of("class", "method", "nested inner")) {
            SysctlContainer target = SEEN.get(label).get(0);
            long pid = target.hostPid().orElseThrow();
            assertThat(Files.exists(Path.of("/proc", Long.toString(pid))))
                    .as("sandbox process %d of the %s target is gone", pid, label).isFalse();
        }
    }

    @KitFixture
    @Execution(ExecutionMode.CONCURRENT)
    @NetSysctl(runtime = RuntimeKind.SANDBOX)
    static class ParallelTests {
        @Test
        void a(SysctlContainer container, HostNamespace host) {
            record("target", container);
        }

        @Test
        void b(SysctlContainer container) {
            record("target", container);
        }

        @Test
        void c(SysctlContainer container) {
            record("target", container);
        }

        @Test
        void d(SysctlContainer container) {
            record("target", container);
        }
    }

    @Test
    void parallelTestsShareOneTarget() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(KitFixture.PARAMETER, "true")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "4")
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(ParallelTests.class))
                .execute();

        assertThat(Kit.failureMessages(results)).isEmpty();
        assertThat(SEEN.get("target")).hasSize(4);
        assertThat(SEEN.get("target").stream().distinct()).hasSize(1);
    }

    @KitFixture
    @NetSysctl(runtime = RuntimeKind.SANDBOX)
    static class SandboxTarget {
        @Test
        void test(SysctlContainer container) {
            record("target", container);
        }
    }

    @Test
    void removedWithoutAutoCloseableSupport() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter(KitFixture.PARAMETER, "true")
                .configurationParameter("junit.jupiter.extensions.store.close.autocloseable.enabled", "false")
                .selectors(org.junit.platform.engine.discovery.DiscoverySelectors.selectClass(SandboxTarget.class))
                .execute();

        assertThat(Kit.failureMessages(results)).isEmpty();
        long pid = SEEN.get("target").get(0).hostPid().orElseThrow();
        assertThat(Files.exists(Path.of("/proc", Long.toString(pid)))).as("sandbox process %d exists", pid).isFalse();
    }

    @KitFixture
    @NetSysctl(runtime = RuntimeKind.SANDBOX)
    static class EveryInjectionPoint {
        @NetSysctlTarget
        static SysctlContainer staticField;

        @NetSysctlTarget
        static HostNamespace staticHost;

        private final SysctlContainer constructorTarget;

        EveryInjectionPoint(SysctlContainer container) {
            this.constructorTarget = container;
        }

        @BeforeAll
        static void beforeAll(SysctlContainer container) {
            record("beforeAll", container);
            record("static field", staticField);
        }

        @Test
        void test(SysctlContainer container, HostNamespace host) {
            record("constructor", constructorTarget);
            record("test", container);
            assertThat(host).isSameAs(staticHost);
        }

        @RepeatedTest(2)
        @NetSysctl(name = "repeated", runtime = RuntimeKind.SANDBOX)
        void repeated(@NetSysctlTarget("repeated") SysctlContainer container) {
            record("repeated", container);
        }
    }

    @Test
    void everyInjectionPointSharesTarget() {
        EngineExecutionResults results = Kit.run(EveryInjectionPoint.class);

        assertThat(Kit.failureMessages(results)).isEmpty();
        assertThat(results.testEvents().succeeded().count()).isEqualTo(3);
        SysctlContainer target = SEEN.get("beforeAll").get(0);
        for (String label : List.of("static field", "constructor", "test")) {
            assertThat(SEEN.get(label)).as(label).containsExactly(target);
        }
        List<SysctlContainer> repeated = SEEN.get("repeated");
        assertThat(repeated).hasSize(2);
        assertThat(repeated.get(0)).as("one target per repetition").isNotSameAs(repeated.get(1));
        for (SysctlContainer container : List.of(target, repeated.get(0), repeated.get(1))) {
            long pid = container.hostPid().orElseThrow();
            assertThat(Files.exists(Path.of("/proc", Long.toString(pid))))
                    .as("sandbox process %d exists", pid).isFalse();
        }
    }
}
