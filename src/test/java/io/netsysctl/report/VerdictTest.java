package io.netsysctl.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerdictTest {

    @ParameterizedTest(name = "{0} passed, {1} failed, {2} broken, {3} skipped: {4}")
    @CsvSource({
        "3, 0, 0, 0, PASSED",
        "3, 1, 0, 0, FAILED",
        "3, 1, 1, 1, FAILED",
        "3, 0, 1, 0, BROKEN",
        "0, 0, 1, 1, BROKEN",
        "3, 0, 0, 1, INCOMPLETE",
        "0, 0, 0, 2, INCOMPLETE",
        "0, 0, 0, 0, INCOMPLETE",
    })
    void verdictFromCounts(int passed, int failed, int broken, int skipped, Verdict expected) {
        CheckCounts counts = new CheckCounts(passed + failed + broken + skipped, passed, failed, broken, skipped);

        assertThat(Verdict.of(counts)).isEqualTo(expected);
    }
}
