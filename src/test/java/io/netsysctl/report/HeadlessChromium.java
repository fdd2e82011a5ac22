package io.netsysctl.report;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs Debian's {@code chromium} headless, as root, with a fresh profile per call and no network traffic of its
 * own (no sync, component updates or background requests).
 */
final class HeadlessChromium {

    private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
    private static final long TIMEOUT_SECONDS = 120;

    /** Virtual time the page gets to fetch its data and render before Chromium dumps or shoots it. */
    private static final int VIRTUAL_TIME_BUDGET_MILLIS = 20_000;

    private HeadlessChromium() {
    }

    static void requireInstalled() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " not found: install the Debian package chromium, "
                    + "for example with scripts/prepare-host.sh as root");
        }
    }

    /** Loads the page and returns the DOM after the page has rendered. */
    static String dumpDom(URI page) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", page.toString()));
    }

    /** Loads the page and saves a PNG screenshot of the window. */
    static void screenshot(URI page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars", page.toString()));
        if (!Files.isRegularFile(png)) {
            throw new IOException("chromium did not write the screenshot " + png);
        }
    }

    private static String run(List<String> arguments) throws IOException, InterruptedException {
        requireInstalled();
        Path profile = Files.createTempDirectory("netsysctl-chromium-");
        Path output = profile.resolve("stdout.txt");
        Path errors = profile.resolve("stderr.txt");
        try {
            List<String> command = new ArrayList<>(List.of(EXECUTABLE.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--user-data-dir=" + profile.resolve("profile"),
                    "--virtual-time-budget=" + VIRTUAL_TIME_BUDGET_MILLIS));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command)
                    .redirectOutput(output.toFile())
                    .redirectError(errors.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IOException("chromium timed out after " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IOException("chromium exited with " + process.exitValue() + ": "
                        + Files.readString(errors, StandardCharsets.UTF_8));
            }
            return Files.readString(output, StandardCharsets.UTF_8);
        } finally {
            deleteRecursively(profile);
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
