package io.netsysctl.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.report.FakeSuiteEngine.FakeCheck;
import io.netsysctl.report.FakeSuiteEngine.FakeSuite;
import io.netsysctl.target.InfrastructureException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateListenerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T15:00:00Z"), ZoneOffset.UTC);

    private static final RunEnvironment DOCKER = new RunEnvironment("6.18.0", "20.10.24+dfsg1", "1.41", "runc",
            "sha256:4b1e7a0f", null, "cubic");

    @TempDir
    Path reports;

    @TempDir
    Path allureResults;

    private Path runWith(RunEnvironment environment, List<FakeSuite> suites) {
        ReportFixtures.execute(suites, new CertificateListener(CLOCK, image -> environment, reports, allureResults));
        return reports.resolve(CertificateWriter.JSON_FILE);
    }

    @Test
    void certificateOfMixedRun() throws Exception {
        Path json = runWith(DOCKER, ReportFixtures.mixedRun());

        assertThat(Files.readString(json)).isEqualTo("""
                {
                  "verdict" : "failed",
                  "image" : "netsysctl/busybox:local",
                  "imageId" : "sha256:4b1e7a0f",
                  "imageDigest" : null,
                  "runtime" : "runc",
                  "runtimeFallback" : false,
                  "kernel" : "6.18.0",
                  "engine" : "20.10.24+dfsg1",
                  "apiVersion" : "1.41",
                  "engineRuntime" : "runc",
                  "hostCongestionControl" : "cubic",
                  "startedAt" : "2026-12-04T15:00:00Z",
                  "finishedAt" : "2026-12-04T15:00:00Z",
                  "counts" : {
                    "checks" : 8,
                    "passed" : 2,
                    "failed" : 2,
                    "broken" : 3,
                    "skipped" : 1
                  },
                  "suites" : [ {
                    "id" : "keepalive-follows-container",
                    "file" : "suites/keepalive.yaml",
                    "status" : "broken",
                    "image" : "netsysctl/busybox:local",
                    "runtime" : "runc",
                    "checks" : [ {
                      "id" : "keepalive-time-applied",
                      "key" : "net.ipv4.tcp_keepalive_time",
                      "status" : "passed",
                      "expected" : "600",
                      "actual" : "600",
                      "message" : "",
                      "category" : null,
                      "target" : "docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451)",
                      "durationMillis" : 0
                    }, {
                      "id" : "port-range-default",
                      "key" : "net.ipv4.ip_local_port_range",
                      "status" : "failed",
                      "expected" : "1024 65000",
                      "actual" : "32768\\t60999",
                      "message" : "[Value mismatch] net.ipv4.ip_local_port_range in docker container \
                3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451): expected \\"1024 65000\\" but was \
                \\"32768\\t60999\\"",
                      "category" : "Value mismatch",
                      "target" : "docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451)",
                      "durationMillis" : 0
                    }, {
                      "id" : "keepalive-isolated",
                      "key" : "net.ipv4.tcp_keepalive_time",
                      "status" : "passed",
                      "expected" : "isolated",
                      "actual" : "isolated",
                      "message" : "",
                      "category" : null,
                      "target" : "docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451)",
                      "durationMillis" : 0
                    }, {
                      "id" : "keepalive-isolated",
                      "key" : "net.ipv4.tcp_keepalive_probes",
                      "status" : "broken",
                      "expected" : "isolated",
                      "actual" : "",
                      "message" : "nsenter failed: no such process 4242; is the target running?",
                      "category" : "Infrastructure error",
                      "target" : "docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451)",
                      "durationMillis" : 0
                    }, {
                      "id" : "somaxconn-equals",
                      "key" : "net.core.somaxconn",
                      "status" : "failed",
                      "expected" : "4096",
                      "actual" : "128",
                      "message" : "somaxconn differs",
                      "category" : null,
                      "target" : "docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451)",
                      "durationMillis" : 0
                    }, {
                      "id" : "keepalive-isolated-from-host-changes",
                      "key" : "",
                      "status" : "skipped",
                      "expected" : "",
                      "actual" : "",
                      "message" : "mutateHost is off",
                      "category" : null,
                      "target" : "",
                      "durationMillis" : 0
                    } ]
                  }, {
                    "id" : "broken.yaml",
                    "file" : "suites/broken.yaml",
                    "status" : "broken",
                    "image" : null,
                    "runtime" : null,
                    "checks" : [ {
                      "id" : "load",
                      "key" : "",
                      "status" : "broken",
                      "expected" : "",
                      "actual" : "",
                      "message" : "suites/broken.yaml:3:1: unknown field 'chekcs'; expected one of suite, \
                description, target, checks",
                      "category" : "Infrastructure error",
                      "target" : "",
                      "durationMillis" : 0
                    } ]
                  }, {
                    "id" : "noimage",
                    "file" : "suites/noimage.yaml",
                    "status" : "broken",
                    "image" : null,
                    "runtime" : null,
                    "checks" : [ {
                      "id" : "never-started",
                      "key" : "",
                      "status" : "broken",
                      "expected" : "",
                      "actual" : "",
                      "message" : "image netsysctl/missing:local not found; build it with docker build -t \
                netsysctl/missing:local .",
                      "category" : "Infrastructure error",
                      "target" : "",
                      "durationMillis" : 0
                    } ]
                  } ]
                }
                """);
    }

    @Test
    void markdownOfPassingRun() throws Exception {
        runWith(DOCKER, ReportFixtures.passingRun("runc"));

        assertThat(Files.readString(reports.resolve(CertificateWriter.MARKDOWN_FILE))).isEqualTo("""
                # netsysctl certificate: PASSED

                netsysctl: 1 passed, 0 failed, 0 broken, 0 skipped (1 checks in 1 suites)

                | | |
                |---|---|
                | image | netsysctl/busybox:local |
                | image id | sha256:4b1e7a0f |
                | image digest | unknown |
                | runtime | runc |
                | kernel | 6.18.0 |
                | Docker engine | 20.10.24+dfsg1, API 1.41, default runtime runc |
                | host net.ipv4.tcp_congestion_control | cubic |
                | started | 2026-12-04T15:00:00Z |
                | finished | 2026-12-04T15:00:00Z |

                ## keepalive-follows-container: passed

                File `suites/keepalive.yaml`, runtime runc, image `netsysctl/busybox:local`

                | check | key | status | expected | actual | message |
                |---|---|---|---|---|---|
                | keepalive-time-applied | `net.ipv4.tcp_keepalive_time` | passed | `600` | `600` |  |
                """);
    }

    @Test
    void markdownKeepsMultiLineMessageOnOneRow() throws Exception {
        runWith(DOCKER, ReportFixtures.mixedRun());

        assertThat(Files.readString(reports.resolve(CertificateWriter.MARKDOWN_FILE))).contains(
                "| port-range-default | `net.ipv4.ip_local_port_range` | failed | `1024 65000` | `32768 60999` | "
                        + "[Value mismatch] net.ipv4.ip_local_port_range in " + ReportFixtures.TARGET
                        + ": expected \"1024 65000\" but was \"32768 60999\" |\n");
    }

    @Test
    void sandboxWithoutEngineIsFallback() throws Exception {
        RunEnvironment noEngine = new RunEnvironment("6.18.0", null, null, null, null, null, "cubic");

        Certificate certificate = CertificateWriter.fromJson(Files.readString(
                runWith(noEngine, ReportFixtures.passingRun("sandbox"))));

        assertThat(certificate.verdict()).isEqualTo(Verdict.PASSED);
        assertThat(certificate.runtime()).isEqualTo("sandbox");
        assertThat(certificate.runtimeFallback()).isTrue();
        assertThat(certificate.engine()).isNull();
        assertThat(Files.readString(reports.resolve(CertificateWriter.MARKDOWN_FILE))).contains(
                "| image | netsysctl/busybox:local (not used: the sandbox starts no image) |\n");
        assertThat(Files.readString(reports.resolve(CertificateWriter.MARKDOWN_FILE))).contains(
                "File `suites/keepalive.yaml`, runtime sandbox, no image (the sandbox starts none)\n");
        assertThat(Files.readString(reports.resolve(CertificateWriter.MARKDOWN_FILE))).contains(
                "| runtime | sandbox (runtime auto fell back to the sandbox: no Docker engine answered) |\n"
                        + "| kernel | 6.18.0 |\n"
                        + "| Docker engine | not reachable |\n");
    }

    @Test
    void engineWithoutSuitesWritesNothing() {
        runWith(DOCKER, List.of());

        assertThat(reports.resolve(CertificateWriter.JSON_FILE)).doesNotExist();
    }

    @Test
    void skippedCheckMakesRunIncomplete() throws Exception {
        List<FakeSuite> suites = List.of(new FakeSuite("s", "suites/s.yaml", List.of(
                FakeCheck.passed("a", Map.of()), FakeCheck.skipped("b", Map.of(), "disabled"))));

        Certificate certificate = CertificateWriter.fromJson(Files.readString(runWith(DOCKER, suites)));

        assertThat(certificate.verdict()).isEqualTo(Verdict.INCOMPLETE);
        assertThat(certificate.suites().get(0).status()).isEqualTo(CheckStatus.PASSED);
    }

    @Test
    void allureEnvironmentAndCategories() throws Exception {
        runWith(DOCKER, ReportFixtures.mixedRun());

        assertThat(Files.readString(allureResults.resolve("environment.properties"))).isEqualTo("""
                netsysctl.verdict=failed
                image=netsysctl/busybox:local
                image.id=sha256:4b1e7a0f
                image.digest=none (local image)
                runtime=runc
                runtime.auto.fell.back.to.sandbox=false
                kernel.release=6.18.0
                docker.engine.version=20.10.24+dfsg1
                docker.api.version=1.41
                docker.default.runtime=runc
                host.net.ipv4.tcp_congestion_control=cubic
                """);
        assertThat(Files.readString(allureResults.resolve("categories.json"))).isEqualTo("""
                [ {
                  "name" : "Value mismatch",
                  "messageRegex" : "(?s)\\\\[Value mismatch\\\\].*",
                  "matchedStatuses" : [ "failed" ]
                }, {
                  "name" : "Isolation leak",
                  "messageRegex" : "(?s)\\\\[Isolation leak\\\\].*",
                  "matchedStatuses" : [ "failed" ]
                }, {
                  "name" : "Writable /proc/sys",
                  "messageRegex" : "(?s)\\\\[Writable /proc/sys\\\\].*",
                  "matchedStatuses" : [ "failed" ]
                }, {
                  "name" : "Runtime accepted what it should reject",
                  "messageRegex" : "(?s)\\\\[Runtime accepted what it should reject\\\\].*",
                  "matchedStatuses" : [ "failed" ]
                }, {
                  "name" : "Infrastructure error",
                  "messageRegex" : "(?s)\\\\[Infrastructure error\\\\].*",
                  "matchedStatuses" : [ "failed" ]
                }, {
                  "name" : "Invalid suite",
                  "traceRegex" : "(?s)(?:io\\\\.netsysctl\\\\.suite\\\\.SuiteLoadException|\
                io\\\\.netsysctl\\\\.suite\\\\.SuiteLocationException)\\\\b.*",
                  "matchedStatuses" : [ "broken" ]
                }, {
                  "name" : "Infrastructure error",
                  "traceRegex" : "(?s)(?!(?:io\\\\.netsysctl\\\\.suite\\\\.SuiteLoadException|\
                io\\\\.netsysctl\\\\.suite\\\\.SuiteLocationException)\\\\b).*",
                  "matchedStatuses" : [ "broken" ]
                } ]
                """);
    }

    @Test
    void progressLinesAndSummary() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

        ReportFixtures.execute(ReportFixtures.mixedRun(), new ProgressListener(out, CLOCK));

        assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo("""
                netsysctl:   passed  keepalive-time-applied net.ipv4.tcp_keepalive_time (0 ms)
                netsysctl:   failed  port-range-default net.ipv4.ip_local_port_range (0 ms): [Value mismatch] \
                net.ipv4.ip_local_port_range in docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns \
                4026532451): expected "1024 65000" but was "32768\t60999"
                netsysctl:   passed  keepalive-isolated net.ipv4.tcp_keepalive_time (0 ms)
                netsysctl:   broken  keepalive-isolated net.ipv4.tcp_keepalive_probes (0 ms): nsenter failed: no such \
                process 4242; is the target running?
                netsysctl:   failed  somaxconn-equals net.core.somaxconn (0 ms): somaxconn differs
                netsysctl:   skipped keepalive-isolated-from-host-changes (0 ms): mutateHost is off
                netsysctl: suite keepalive-follows-container (suites/keepalive.yaml) broken, 6 checks in 0.0 s
                netsysctl:   broken  load (0 ms): suites/broken.yaml:3:1: unknown field 'chekcs'; expected one of \
                suite, description, target, checks
                netsysctl: suite broken.yaml (suites/broken.yaml) broken, 1 checks in 0.0 s
                netsysctl:   broken  never-started (0 ms): image netsysctl/missing:local not found; build it with \
                docker build -t netsysctl/missing:local .
                netsysctl: suite noimage (suites/noimage.yaml) broken, 1 checks in 0.0 s
                netsysctl: 2 passed, 2 failed, 3 broken, 1 skipped
                """);
    }

    @Test
    void repeatedMessagePrintedOnce() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        List<FakeSuite> suites = List.of(new FakeSuite("keepalive", "suites/keepalive.yaml",
                List.of(FakeCheck.passed("first", Map.of()), FakeCheck.passed("second", Map.of())),
                new InfrastructureException("image netsysctl/absent:local not found; build it")));

        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        ReportFixtures.execute(suites, new ProgressListener(out, CLOCK));

        assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo("""
                netsysctl:   broken  first (0 ms): image netsysctl/absent:local not found; build it
                netsysctl:   broken  second (0 ms): same message as above
                netsysctl: suite keepalive (suites/keepalive.yaml) broken, 2 checks in 0.0 s
                netsysctl: 0 passed, 0 failed, 2 broken, 0 skipped
                """);
    }

    @Test
    void keyFromUniqueIdWithoutEntries() throws Exception {
        List<FakeSuite> suites = List.of(new FakeSuite("s", "suites/s.yaml", List.of(
                FakeCheck.passed("a", Map.of()),
                FakeCheck.skipped("isolated[net.ipv4.tcp_keepalive_time]", Map.of(), "disabled")
                        .withKey("net.ipv4.tcp_keepalive_time"))));

        Certificate certificate = CertificateWriter.fromJson(Files.readString(runWith(DOCKER, suites)));

        assertThat(certificate.suites().get(0).checks().get(0).key()).isEmpty();
        assertThat(certificate.suites().get(0).checks().get(1).key()).isEqualTo("net.ipv4.tcp_keepalive_time");
    }

    @Test
    void suitesBelowClassContainer() throws Exception {
        String direct = Files.readString(runWith(DOCKER, ReportFixtures.mixedRun()));
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        ReportFixtures.executeBelowClass(CertificateListenerTest.class, ReportFixtures.mixedRun(),
                new CertificateListener(CLOCK, image -> DOCKER, reports, allureResults),
                new ProgressListener(new PrintStream(buffer, true, StandardCharsets.UTF_8), CLOCK));

        assertThat(Files.readString(reports.resolve(CertificateWriter.JSON_FILE))).isEqualTo(direct);
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("netsysctl: suite keepalive-follows-container (suites/keepalive.yaml) broken, 6 checks")
                .endsWith("netsysctl: 2 passed, 2 failed, 3 broken, 1 skipped\n");
    }

    @Test
    void otherEnginesWriteNothing() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        ReportFixtures.executeAs("other", ReportFixtures.mixedRun(),
                new CertificateListener(CLOCK, image -> DOCKER, reports, allureResults),
                new ProgressListener(new PrintStream(buffer, true, StandardCharsets.UTF_8), CLOCK));

        assertThat(reports.resolve(CertificateWriter.JSON_FILE)).doesNotExist();
        assertThat(allureResults.resolve("categories.json")).doesNotExist();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
