package io.netsysctl.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One check of the certificate, or one key of a check over several keys.
 *
 * @param id the check id from the suite
 * @param key the sysctl key, empty for checks without one ({@code readOnly}, {@code rejected}, load errors)
 * @param status the outcome
 * @param expected the expected value or condition, empty when the check does not state one
 * @param actual the value or outcome observed, empty when the check did not get that far
 * @param message the failure message, the skip reason, or empty for a pass
 * @param category the failure category title for failed and broken checks, otherwise null
 * @param target the target description, empty when no target was started
 * @param durationMillis the time from start to end of the check
 */
@JsonPropertyOrder({"id", "key", "status", "expected", "actual", "message", "category", "target", "durationMillis"})
public record CheckResult(String id, String key, CheckStatus status, String expected, String actual,
        String message, String category, String target, long durationMillis) {
}
