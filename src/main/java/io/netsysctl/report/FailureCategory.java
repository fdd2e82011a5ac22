package io.netsysctl.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reason a check failed. The Allure report groups failures by these categories and the certificate records
 * them.
 */
public enum FailureCategory {
    VALUE_MISMATCH("Value mismatch"),
    ISOLATION_LEAK("Isolation leak"),
    WRITABLE_PROC_SYS("Writable /proc/sys"),
    RUNTIME_ACCEPTED("Runtime accepted what it should reject"),
    /** A suite file that does not load, or a suite location that does not exist or contains no suite. */
    INVALID_SUITE("Invalid suite"),
    INFRASTRUCTURE("Infrastructure error");

    private final String title;

    FailureCategory(String title) {
        this.title = title;
    }

    /** Returns the category name shown in the report. */
    public String title() {
        return title;
    }

    /** Returns the category whose {@code [Title]} prefix starts the message, as {@link CheckFailedError} writes it. */
    public static Optional<FailureCategory> fromMessage(String message) {
        if (message == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(category -> message.startsWith("[" + category.title + "]")).findFirst();
    }
}
