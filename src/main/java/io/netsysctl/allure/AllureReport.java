package io.netsysctl.allure;

import io.netsysctl.SysctlContainer;
import io.netsysctl.SysctlTarget;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.util.ResultsUtils;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Allure steps, attachments and parameters for netsysctl's reads, probes and comparisons.
 *
 * <p>Reporting never changes a test's outcome: a runtime or linkage error in Allure is logged at WARN and the
 * test goes on.
 * Outside a running Allure test case (no allure-junit5 listener, or a class-level setup step) the work runs
 * without a step and nothing is recorded.
 */
public final class AllureReport {

    private static final Logger LOG = LoggerFactory.getLogger(AllureReport.class);

    private AllureReport() {
    }

    /**
     * Runs {@code body} as an Allure step named {@code name}. The step is marked failed or broken when the
     * body throws, and the exception is rethrown unchanged.
     */
    public static <T> T step(String name, Supplier<T> body) {
        String uuid = startStep(name);
        T result;
        try {
            result = body.get();
        } catch (RuntimeException | Error e) {
            stopStep(uuid, ResultsUtils.getStatus(e).orElse(Status.BROKEN), e);
            throw e;
        }
        stopStep(uuid, Status.PASSED, null);
        return result;
    }

    /** Records a passed step named {@code name} with no body, to mark a point in the test. */
    public static void step(String name) {
        step(name, () -> {
        });
    }

    /** Runs {@code body} as an Allure step; see {@link #step(String, Supplier)}. */
    public static void step(String name, Runnable body) {
        step(name, () -> {
            body.run();
            return null;
        });
    }

    /**
     * Attaches a small table as {@code text/csv}. Cells are quoted when they contain a comma, a quote or a line
     * break, as RFC 4180 describes.
     */
    public static void table(String name, List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(csvLine(header));
        for (List<String> row : rows) {
            csv.append(csvLine(row));
        }
        attach(name, "text/csv", ".csv", csv.toString());
    }

    /** Attaches text, such as a mountinfo line or a runtime's message, as {@code text/plain}. */
    public static void text(String name, String content) {
        attach(name, "text/plain", ".txt", content);
    }

    /**
     * Records a target's image and runtime, and the kernel, as parameters of the running test. A named target's
     * parameters carry its name: {@code image (client)}.
     */
    public static void target(String name, SysctlTarget target) {
        String suffix = name.isEmpty() ? "" : " (" + name + ")";
        try {
            if (!running()) {
                return;
            }
            if (target instanceof SysctlContainer container) {
                Allure.parameter("image" + suffix, container.image());
            }
            Allure.parameter("runtime" + suffix, target.runtime());
            Allure.parameter("kernel", System.getProperty("os.version"));
            Allure.label("kernel", System.getProperty("os.version"));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Cannot record target {} in the Allure report: {}", name, e.toString());
        }
    }

    private static boolean running() {
        return Allure.getLifecycle().getCurrentTestCaseOrStep().isPresent();
    }

    private static String startStep(String name) {
        try {
            AllureLifecycle lifecycle = Allure.getLifecycle();
            if (lifecycle.getCurrentTestCaseOrStep().isEmpty()) {
                LOG.debug("No Allure test case is running; step '{}' is not reported", name);
                return null;
            }
            String uuid = UUID.randomUUID().toString();
            lifecycle.startStep(uuid, new StepResult().setName(name));
            return uuid;
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Cannot start Allure step '{}': {}", name, e.toString());
            return null;
        }
    }

    private static void stopStep(String uuid, Status status, Throwable failure) {
        if (uuid == null) {
            return;
        }
        try {
            AllureLifecycle lifecycle = Allure.getLifecycle();
            lifecycle.updateStep(uuid, step -> {
                step.setStatus(status);
                if (failure != null) {
                    ResultsUtils.getStatusDetails(failure).ifPresent(step::setStatusDetails);
                }
            });
            lifecycle.stopStep(uuid);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Cannot stop Allure step {}: {}", uuid, e.toString());
        }
    }

    private static void attach(String name, String type, String extension, String content) {
        try {
            if (!running()) {
                LOG.debug("No Allure test case is running; attachment '{}' is not reported", name);
                return;
            }
            Allure.getLifecycle().addAttachment(name, type, extension, content.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Cannot attach '{}' to the Allure report: {}", name, e.toString());
        }
    }

    private static String csvLine(List<String> cells) {
        return cells.stream().map(AllureReport::csvCell).collect(Collectors.joining(",")) + "\n";
    }

    private static String csvCell(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
