package io.netsysctl.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.junit.platform.engine.TestExecutionResult;
import org.opentest4j.TestAbortedException;

/** Outcome of one check in the certificate. */
public enum CheckStatus {
    /** The target meets the check. */
    PASSED,
    /** The target does not meet the check: the check threw an {@link AssertionError}. */
    FAILED,
    /** The check could not run: a load error, no engine, a missing image, no privilege or any other exception. */
    BROKEN,
    /** The check did not run because it was disabled or an assumption did not hold. */
    SKIPPED;

    /** Returns the lower-case name used in the certificate and on the console. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Classifies a finished test: assertion errors fail, aborted tests are skipped, anything else is broken. */
    public static CheckStatus of(TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL:
                return PASSED;
            case ABORTED:
                return result.getThrowable().filter(t -> !(t instanceof TestAbortedException)).isPresent()
                        ? BROKEN : SKIPPED;
            default:
                return result.getThrowable().filter(AssertionError.class::isInstance).isPresent() ? FAILED : BROKEN;
        }
    }
}
