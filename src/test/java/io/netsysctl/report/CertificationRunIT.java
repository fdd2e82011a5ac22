package io.netsysctl.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netsysctl.target.docker.DockerEngine;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the real suite engine on a suite with a deliberately wrong expectation against the local Docker engine,
 * with the certificate listener and Allure's listener, and checks the certificate and the Allure report.
 */
class CertificationRunIT {

    private static final Path SUITE = Path.of("src/test/resources/io/netsysctl/report/wrong-expectation.yaml");

    @TempDir
    static Path work;

    private static Certificate certificate;
    private static Path allureResults;

    @BeforeAll
    static void certify() throws Exception {
        if (!DockerEngine.isReachable()) {
            if ("true".equals(System.getenv("CI"))) {
                fail("No Docker engine answers; start dockerd or run scripts/prepare-host.sh as root");
            }
            assumeTrue(false, "No Docker engine answers; start dockerd or run scripts/prepare-host.sh as root");
        }
        allureResults = work.resolve("allure-results");
        LauncherFactory.create(LauncherConfig.builder()
                        .enableTestExecutionListenerAutoRegistration(false)
                        .build())
                .execute(LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectFile(SUITE.toFile()))
                                .filters(EngineFilter.includeEngines(RunRecorder.ENGINE_ID))
                                .build(),
                        new AllureJunitPlatform(new AllureLifecycle(new FileSystemResultsWriter(allureResults))),
                        new CertificateListener(Clock.systemUTC(), RunEnvironmentProbe::probe, work.resolve("reports"),
                                allureResults));
        certificate = CertificateWriter.fromJson(Files.readString(work.resolve("reports/certificate.json")));
    }

    @Test
    void verdictFailedWithOneMismatch() {
        assertThat(certificate.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(certificate.counts()).isEqualTo(new CheckCounts(2, 1, 1, 0, 0));
        assertThat(certificate.runtime()).isEqualTo("runc");
        assertThat(certificate.runtimeFallback()).isFalse();
        assertThat(certificate.imageId()).startsWith("sha256:");
        assertThat(certificate.engine()).isNotBlank();
    }

    @Test
    void wrongCheckHasExpectedAndActual() {
        SuiteResult suite = certificate.suites().get(0);
        CheckResult wrong = suite.checks().get(1);

        assertThat(suite.id()).isEqualTo("wrong-expectation");
        assertThat(suite.file()).isEqualTo(SUITE.toString());
        assertThat(suite.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(suite.checks().get(0).status()).isEqualTo(CheckStatus.PASSED);
        assertThat(wrong.id()).isEqualTo("keepalive-time-wrong");
        assertThat(wrong.key()).isEqualTo("net.ipv4.tcp_keepalive_time");
        assertThat(wrong.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(wrong.expected()).isEqualTo("'601'");
        assertThat(wrong.actual()).isEqualTo("600");
        assertThat(wrong.category()).isEqualTo("Value mismatch");
        assertThat(wrong.message()).startsWith("[Value mismatch] net.ipv4.tcp_keepalive_time in docker container ");
    }

    @Test
    void reportFilesWrongCheckUnderValueMismatch() throws Exception {
        Path report = AllureCommandLine.generate(allureResults, work.resolve("allure-report"));
        JsonNode tree = new ObjectMapper().readTree(report.resolve("data/categories.json").toFile());

        List<String> categories = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (JsonNode category : tree.path("children")) {
            categories.add(category.path("name").asText());
            category.findValues("name").forEach(name -> mismatches.add(category.path("name").asText() + ": "
                    + name.asText()));
        }

        assertThat(categories).containsExactly("Value mismatch");
        assertThat(mismatches).contains("Value mismatch: keepalive-time-wrong");
    }
}
