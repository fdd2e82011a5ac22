package io.netsysctl.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netsysctl.NetSysctlConfig;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.junitplatform.AllureJunitPlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds an Allure HTML report from a run of the fake suite engine and opens it in headless Chromium, so the
 * report a person reads is checked, not only its JSON. The run is the test's own, so the test does not depend
 * on the order of the build. The Allure command line is the one the build unpacks
 * (see {@link AllureCommandLine}).
 */
class AllureReportIT {

    @TempDir
    static Path work;

    private static Path report;

    @BeforeAll
    static void generateReport() throws Exception {
        HeadlessChromium.requireInstalled();
        Path results = work.resolve("allure-results");
        RunEnvironment environment = new RunEnvironment("6.18.0", "20.10.24+dfsg1", "1.41", "runc",
                "sha256:4b1e7a0f", null, "cubic");
        ReportFixtures.execute(ReportFixtures.mixedRun(),
                new AllureJunitPlatform(new AllureLifecycle(new FileSystemResultsWriter(results))),
                new CertificateListener(Clock.systemUTC(), image -> environment, work.resolve("reports"), results));
        report = AllureCommandLine.generate(results, work.resolve("allure-report"));
    }

    @Test
    void suitesPageListsSuites() throws Exception {
        String dom = render("index.html#suites");

        assertThat(dom).contains("keepalive-follows-container");
        assertThat(dom).contains("broken.yaml");
        assertThat(dom).contains("noimage");
        assertThat(dom).contains("port-range-default");
    }

    @Test
    void categoriesPageShowsValueMismatch() throws Exception {
        String dom = render("index.html#categories");

        assertThat(dom).contains("Value mismatch");
        assertThat(dom).contains("port-range-default");
        assertThat(dom).contains("Infrastructure error");
    }

    @Test
    void valueMismatchHoldsWrongExpectation() throws Exception {
        JsonNode tree = new ObjectMapper().readTree(report.resolve("data/categories.json").toFile());

        List<String> categories = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        for (JsonNode category : tree.path("children")) {
            categories.add(category.path("name").asText());
            if ("Value mismatch".equals(category.path("name").asText())) {
                category.findValues("name").forEach(name -> mismatches.add(name.asText()));
            }
        }

        assertThat(categories).containsExactlyInAnyOrder("Value mismatch", "Product defects", "Infrastructure error");
        assertThat(mismatches).contains("port-range-default").doesNotContain("somaxconn-equals", "load");
    }

    @Test
    void overviewScreenshot() throws Exception {
        Path png = Path.of(NetSysctlConfig.get(NetSysctlConfig.REPORTS, NetSysctlConfig.DEFAULT_REPORTS),
                "allure-overview.png");
        try (ReportFileServer server = new ReportFileServer(report)) {
            HeadlessChromium.screenshot(server.uri("index.html"), png, 1400, 900);
        }

        byte[] header = Files.readAllBytes(png);
        assertThat(header.length).as("size of %s", png).isGreaterThan(10_000);
        assertThat(new String(header, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    private static String render(String page) throws Exception {
        try (ReportFileServer server = new ReportFileServer(report)) {
            return HeadlessChromium.dumpDom(server.uri(page));
        }
    }
}
