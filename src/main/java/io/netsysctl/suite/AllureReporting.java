package io.netsysctl.suite;

import io.netsysctl.allure.AllureReport;

/**
 * Steps and attachments in the Allure result of the running test, through {@link AllureReport}, which logs a
 * reporting error instead of throwing it, so reporting never fails a check.
 */
final class AllureReporting {

    private AllureReporting() {
    }

    static void step(String name) {
        AllureReport.step(name);
    }

    static void attach(String name, String content) {
        AllureReport.text(name, content);
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
