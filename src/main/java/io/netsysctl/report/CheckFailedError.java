package io.netsysctl.report;

/**
 * A failed check: the target does not meet the expectation. The category is part of the message
 * ({@code [Value mismatch] ...}) so the Allure report's categories can match it.
 */
public class CheckFailedError extends AssertionError {

    private final FailureCategory category;

    public CheckFailedError(FailureCategory category, String message) {
        super("[" + category.title() + "] " + message);
        this.category = category;
    }

    public FailureCategory category() {
        return category;
    }
}
