package io.netsysctl.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Number of checks per status in a run. */
@JsonPropertyOrder({"checks", "passed", "failed", "broken", "skipped"})
public record CheckCounts(int checks, int passed, int failed, int broken, int skipped) {

    /** Counts the checks of every suite. */
    public static CheckCounts of(List<SuiteResult> suites) {
        int[] byStatus = new int[CheckStatus.values().length];
        suites.stream()
                .flatMap(suite -> suite.checks().stream())
                .forEach(check -> byStatus[check.status().ordinal()]++);
        int passed = byStatus[CheckStatus.PASSED.ordinal()];
        int failed = byStatus[CheckStatus.FAILED.ordinal()];
        int broken = byStatus[CheckStatus.BROKEN.ordinal()];
        int skipped = byStatus[CheckStatus.SKIPPED.ordinal()];
        return new CheckCounts(passed + failed + broken + skipped, passed, failed, broken, skipped);
    }

    /** Returns the summary line printed at the end of a run. */
    public String summary() {
        return String.format("netsysctl: %d passed, %d failed, %d broken, %d skipped", passed, failed, broken, skipped);
    }
}
