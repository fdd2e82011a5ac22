package io.netsysctl.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The outcome of a certification run. Only {@link #PASSED} certifies the image; a pipeline should treat every
 * other value as a rejection.
 */
public enum Verdict {
    /** At least one check ran and every check passed. */
    PASSED,
    /** At least one check failed: the target does not meet it. */
    FAILED,
    /** No check failed, but at least one could not run. */
    BROKEN,
    /** No check failed or broke, but some were skipped or the run had no checks, so nothing is certified. */
    INCOMPLETE;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Derives the verdict from the counts of a run. */
    public static Verdict of(CheckCounts counts) {
        if (counts.failed() > 0) {
            return FAILED;
        }
        if (counts.broken() > 0) {
            return BROKEN;
        }
        if (counts.skipped() > 0 || counts.passed() == 0) {
            return INCOMPLETE;
        }
        return PASSED;
    }
}
