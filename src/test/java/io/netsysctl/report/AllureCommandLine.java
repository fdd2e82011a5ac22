package io.netsysctl.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code allure generate} from the Allure command line in the folder of the system property
 * {@code netsysctl.allure.home}, which the build unpacks from the {@code allure-commandline} artifact before
 * the integration tests.
 */
final class AllureCommandLine {

    private static final String ALLURE_HOME = "netsysctl.allure.home";
    private static final long GENERATE_TIMEOUT_SECONDS = 120;

    private AllureCommandLine() {
    }

    /** Builds the HTML report of {@code results} into {@code output} and returns {@code output}. */
    static Path generate(Path results, Path output) throws IOException, InterruptedException {
        String home = System.getProperty(ALLURE_HOME);
        if (home == null || !Files.isExecutable(Path.of(home, "bin", "allure"))) {
            throw new IllegalStateException("The Allure command line was not found at " + ALLURE_HOME + "=" + home
                    + ": run this test through mvn verify, which unpacks io.qameta.allure:allure-commandline");
        }
        Path log = Files.createTempFile("allure-generate-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(home, "bin", "allure").toString(),
                    "generate", results.toString(), "-o", output.toString(), "--clean"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process process = builder.start();
            if (!process.waitFor(GENERATE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException("allure generate timed out after " + GENERATE_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IOException("allure generate exited with " + process.exitValue() + ": "
                        + Files.readString(log));
            }
            return output;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
