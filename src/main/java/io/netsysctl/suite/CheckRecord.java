package io.netsysctl.suite;

import io.netsysctl.report.FailureCategory;
import io.netsysctl.report.ReportEntryKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * The values one test of a suite read and expected, collected while it runs and published as a JUnit report
 * entry with the keys of {@link ReportEntryKeys}.
 */
final class CheckRecord {

    private final Map<String, String> values = new LinkedHashMap<>();

    CheckRecord(String suite, String file, String check) {
        values.put(ReportEntryKeys.SUITE, suite);
        values.put(ReportEntryKeys.FILE, file);
        values.put(ReportEntryKeys.CHECK, check);
    }

    CheckRecord key(Object key) {
        values.put(ReportEntryKeys.KEY, String.valueOf(key));
        return this;
    }

    CheckRecord expected(String expected) {
        values.put(ReportEntryKeys.EXPECTED, expected);
        return this;
    }

    CheckRecord actual(String actual) {
        values.put(ReportEntryKeys.ACTUAL, actual);
        return this;
    }

    /** Records why the test could not run, unless it already recorded what it read. */
    CheckRecord notRun(String reason) {
        values.putIfAbsent(ReportEntryKeys.ACTUAL, "not run: " + reason);
        return this;
    }

    CheckRecord target(String description, String image, String runtime) {
        values.put(ReportEntryKeys.TARGET, description);
        values.put(ReportEntryKeys.IMAGE, image);
        values.put(ReportEntryKeys.RUNTIME, runtime);
        return this;
    }

    CheckRecord category(FailureCategory category) {
        values.put(ReportEntryKeys.CATEGORY, category.title());
        return this;
    }

    /** Returns the entry, leaving out blank values and turning control characters into spaces. */
    ReportEntry toReportEntry() {
        Map<String, String> printable = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                printable.put(key, value.replaceAll("\\p{Cntrl}", " "));
            }
        });
        return ReportEntry.from(printable);
    }
}
