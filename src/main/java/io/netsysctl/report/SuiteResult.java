package io.netsysctl.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One suite file of the certificate.
 *
 * @param id the suite id, or the file name when the file could not be loaded
 * @param file the suite file
 * @param status broken when a check is broken, else failed when one failed, else skipped when every check
 *     was skipped or there are none, else passed
 * @param image the image the suite's targets were started from, null when no check named one
 * @param runtime the runtime that ran the suite's targets, null when no check named one
 * @param checks the checks in suite order, one entry per key for checks over several keys
 */
@JsonPropertyOrder({"id", "file", "status", "image", "runtime", "checks"})
public record SuiteResult(String id, String file, CheckStatus status, String image, String runtime,
        List<CheckResult> checks) {

    public SuiteResult {
        checks = List.copyOf(checks);
    }

    /** Derives a suite's status from its checks. */
    static CheckStatus statusOf(List<CheckResult> checks) {
        if (checks.stream().anyMatch(c -> c.status() == CheckStatus.BROKEN)) {
            return CheckStatus.BROKEN;
        }
        if (checks.stream().anyMatch(c -> c.status() == CheckStatus.FAILED)) {
            return CheckStatus.FAILED;
        }
        if (checks.stream().allMatch(c -> c.status() == CheckStatus.SKIPPED)) {
            return CheckStatus.SKIPPED;
        }
        return CheckStatus.PASSED;
    }
}
