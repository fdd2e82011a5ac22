package io.netsysctl.assertj;

import io.netsysctl.model.SysctlValue;
import io.netsysctl.report.CheckFailedError;
import java.util.List;
import org.assertj.core.api.WritableAssertionInfo;

/** Turns a message into the error an assert throws, and converts the expected values the asserts accept. */
final class Failures {

    static final List<String> TABLE_HEADER = List.of("target", "key", "value");

    private Failures() {
    }

    /** Returns a {@link CheckFailedError}, whose message starts with the report category. */
    static CheckFailedError failure(WritableAssertionInfo info, SysctlMessage message) {
        return new CheckFailedError(message.category(), message.create(info.description(), info.representation()));
    }

    /**
     * Converts an expected value: a number, a text such as {@code "4096 131072 6291456"} or a {@link SysctlValue}.
     *
     * @throws IllegalArgumentException for other types
     */
    static SysctlValue expected(Object expected) {
        if (expected instanceof SysctlValue value) {
            return value;
        }
        if (expected instanceof Integer || expected instanceof Long || expected instanceof Short
                || expected instanceof Byte || expected instanceof CharSequence) {
            return SysctlValue.of(expected.toString());
        }
        throw new IllegalArgumentException("unsupported expected value " + expected + " of type "
                + (expected == null ? "null" : expected.getClass().getName())
                + ": pass an int, a long, a String or a SysctlValue");
    }
}
