package io.netsysctl.suite;

import io.qameta.allure.Allure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Steps and attachments in the Allure result of the running test. A runtime or linkage error while reporting is
 * logged, not thrown, so reporting never fails a check.
 */
final class AllureReporting {

    private static final Logger LOG = LoggerFactory.getLogger(AllureReporting.class);

    private AllureReporting() {
    }

    static void step(String name) {
        try {
            Allure.step(name);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Failed to add Allure step '{}': {}", name, e.toString());
        }
    }

    static void attach(String name, String content) {
        try {
            Allure.addAttachment(name, "text/plain", content, ".txt");
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Failed to add Allure attachment '{}': {}", name, e.toString());
        }
    }

    /** Formats rows of two columns, the first padded, as a plain-text table. */
    static String table(String[][] rows) {
        int width = 0;
        for (String[] row : rows) {
            width = Math.max(width, row[0].length());
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            out.append(String.format("%-" + width + "s  %s%n", row[0], row[1]));
        }
        return out.toString();
    }
}
