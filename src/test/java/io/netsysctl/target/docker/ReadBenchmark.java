package io.netsysctl.target.docker;

import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.TargetSpec;
import io.netsysctl.target.shell.KeyRead;
import io.netsysctl.target.shell.ProbeScripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Measures reading every key under {@code /proc/sys/net} of a running container three ways: one batch exec
 * ({@link SysctlContainer#read(java.util.Collection)}), one exec per key, and the reference
 * {@code docker exec CONTAINER cat FILE...} run as a process. Run with {@code mvn -B -Pbench -DskipTests verify};
 * the arguments (system properties) are {@code bench.image}, {@code bench.iterations} (batch and reference) and
 * {@code bench.perKeyIterations}. Prints a Markdown table.
 */
public final class ReadBenchmark {

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String image = System.getProperty("bench.image", DockerTestSupport.BUSYBOX);
        int iterations = Integer.getInteger("bench.iterations", 21);
        int perKeyIterations = Integer.getInteger("bench.perKeyIterations", 3);
        DockerEngine engine = DockerEngine.get();
        try (SysctlContainer target = DockerTargets.start(TargetSpec.of(RuntimeKind.DOCKER, image))) {
            List<SysctlKey> keys = readableKeys(target);
            List<String> referenceCommand = new ArrayList<>(List.of("docker", "exec", target.id(), "cat"));
            keys.forEach(key -> referenceCommand.add(key.procPath()));

            for (int i = 0; i < 3; i++) {
                target.read(keys);
                runReference(referenceCommand);
            }
            double batch = median(iterations, () -> target.read(keys));
            double reference = median(iterations, () -> runReference(referenceCommand));
            double perKey = median(perKeyIterations, () -> keys.forEach(target::read));

            String machine = String.format(Locale.ROOT, "nproc %d, kernel %s, Docker Engine %s (API %s, %s)",
                    Runtime.getRuntime().availableProcessors(), engine.kernelVersion(), engine.version(),
                    engine.apiVersion(), engine.defaultRuntime());
            StringBuilder table = new StringBuilder();
            table.append("Machine: ").append(machine).append("\n");
            table.append("Image: ").append(image).append(", readable keys under /proc/sys/net: ").append(keys.size())
                    .append("\n\n");
            table.append("| method | runs | median ms | ratio to docker exec cat |\n|---|---|---|---|\n");
            table.append(row("one batch exec (netsysctl read)", iterations, batch, reference));
            table.append(row("docker exec CONTAINER cat FILE... (process)", iterations, reference, reference));
            table.append(row("one exec per key", perKeyIterations, perKey, reference));
            table.append(String.format(Locale.ROOT, "%nOne exec per key / batch: %.1fx%n", perKey / batch));
            System.out.print(table);
            Path out = Path.of(System.getProperty("bench.output", "target/bench/read-benchmark.md"));
            Files.createDirectories(out.getParent());
            Files.writeString(out, table.toString());
        }
    }

    /** Lists the keys and leaves out write-only ones such as route/flush, which no method can read. */
    private static List<SysctlKey> readableKeys(SysctlContainer target) {
        List<SysctlKey> all = target.listKeys();
        ScriptRunner runner = new ScriptRunner(DockerEngine.get().client(), target.id());
        ScriptRunner.Result result = runner.run(ProbeScripts.batchRead("", all));
        return ProbeScripts.parseBatchRead(all, result.stdout()).values().stream()
                .filter(read -> read.status() == KeyRead.Status.VALUE).map(KeyRead::key).toList();
    }

    private static String row(String method, int runs, double millis, double reference) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f |%n", method, runs, millis, millis / reference);
    }

    private static double median(int runs, ThrowingRunnable body) throws Exception {
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            body.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }

    /** Runs the reference command; cat exits 1 for write-only keys such as route/flush, which is expected. */
    private static void runReference(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || output.length == 0) {
            throw new IllegalStateException("the reference command printed nothing: "
                    + new String(output, StandardCharsets.UTF_8));
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
