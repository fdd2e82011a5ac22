package io.netsysctl.report;

import io.netsysctl.NetSysctlConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the certificate of a run of the {@code netsysctl} suite engine: {@code certificate.json} and
 * {@code certificate.md} in the folder {@link NetSysctlConfig#REPORTS}, plus {@code environment.properties}
 * and {@code categories.json} in the Allure results folder ({@code allure.results.directory}, default
 * {@code allure-results} as in Allure itself). Registered through {@code ServiceLoader}, so every JUnit
 * Platform launcher picks it up; it does nothing for a test plan without suites of the {@code netsysctl} engine.
 *
 * <p>A problem writing the files is logged, never turned into a test failure.
 */
public class CertificateListener extends RecordingListener {

    /** The system property Allure reads for its results folder. */
    static final String ALLURE_RESULTS_DIRECTORY = "allure.results.directory";

    private static final Logger LOG = LoggerFactory.getLogger(CertificateListener.class);

    private final Clock clock;
    private final Function<String, RunEnvironment> environmentProbe;
    private final Path reportsFolder;
    private final Path allureResultsFolder;

    public CertificateListener() {
        this(Clock.systemUTC(), RunEnvironmentProbe::probe,
                Path.of(NetSysctlConfig.get(NetSysctlConfig.REPORTS, NetSysctlConfig.DEFAULT_REPORTS)),
                Path.of(System.getProperty(ALLURE_RESULTS_DIRECTORY, "allure-results")));
    }

    CertificateListener(Clock clock, Function<String, RunEnvironment> environmentProbe, Path reportsFolder,
            Path allureResultsFolder) {
        super(clock);
        this.clock = clock;
        this.environmentProbe = environmentProbe;
        this.reportsFolder = reportsFolder;
        this.allureResultsFolder = allureResultsFolder;
    }

    @Override
    void runFinished(RunRecorder recorder) {
        String image = NetSysctlConfig.get(NetSysctlConfig.IMAGE, NetSysctlConfig.DEFAULT_IMAGE);
        Certificate certificate = assemble(recorder, image, environmentProbe.apply(image), clock);
        try {
            Path json = CertificateWriter.write(certificate, reportsFolder);
            LOG.info("Certificate written to {}: verdict {}", json.toAbsolutePath(), certificate.verdict().label());
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not write the certificate to {}: {}", reportsFolder.toAbsolutePath(), e.toString(), e);
        }
        try {
            AllureResultsWriter.write(certificate, allureResultsFolder);
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not write the Allure environment and categories to {}: {}",
                    allureResultsFolder.toAbsolutePath(), e.toString(), e);
        }
    }

    /** Builds the certificate from the recorded run and the environment facts. */
    static Certificate assemble(RunRecorder recorder, String image, RunEnvironment environment, Clock clock) {
        List<SuiteResult> suites = recorder.suites();
        CheckCounts counts = CheckCounts.of(suites);
        List<String> runtimes = recorder.runtimesUsed();
        String runtime = runtimes.isEmpty() ? environment.engineRuntime() : String.join(", ", runtimes);
        // NOTE: the check entries name the runtime that ran, not the one the suite asked for, so a suite that
        // chose the sandbox explicitly on a machine without an engine is reported as a fallback too.
        boolean fallback = runtimes.contains("sandbox") && !environment.engineReachable();
        return new Certificate(
                Verdict.of(counts),
                image,
                environment.imageId(),
                environment.imageDigest(),
                runtime,
                fallback,
                environment.kernel(),
                environment.engineVersion(),
                environment.apiVersion(),
                environment.engineRuntime(),
                environment.hostCongestionControl(),
                recorder.startedAt().toString(),
                clock.instant().toString(),
                counts,
                suites);
    }
}
