package io.netsysctl.assertj;

import static io.netsysctl.probe.ProbeValues.show;

import io.netsysctl.report.FailureCategory;
import org.assertj.core.description.Description;
import org.assertj.core.description.EmptyTextDescription;
import org.assertj.core.error.ErrorMessageFactory;
import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;

/**
 * A failure message of one kind, with the report category it belongs to. Messages are built from plain text,
 * so a value containing {@code %} or quotes appears exactly as read. A description set with
 * {@code as(...)} comes first, in square brackets, as in AssertJ's own messages.
 */
abstract class SysctlMessage implements ErrorMessageFactory {

    private final FailureCategory category;
    private final String text;

    SysctlMessage(FailureCategory category, String text) {
        this.category = category;
        this.text = text;
    }

    FailureCategory category() {
        return category;
    }

    @Override
    public String create(Description description, Representation representation) {
        String value = description == null ? "" : description.value();
        return value == null || value.isEmpty() ? text : "[" + value + "] " + text;
    }

    @Override
    public String create(Description description) {
        return create(description, StandardRepresentation.STANDARD_REPRESENTATION);
    }

    @Override
    public String create() {
        return create(EmptyTextDescription.emptyDescription(), StandardRepresentation.STANDARD_REPRESENTATION);
    }

    /** Returns the first line of most messages: the key and the target's description. */
    static String subject(SysctlReading reading) {
        return reading.key() + " in " + reading.target().description();
    }

    /** Returns a three-line message: the subject, the expectation and the value read, or {@code (missing)}. */
    static String expectedButWas(SysctlReading reading, String expected) {
        return expectedButWas(reading, expected, show(reading.value()));
    }

    /** Returns a three-line message: the subject, the expectation and {@code actual}. */
    static String expectedButWas(SysctlReading reading, String expected, String actual) {
        return subject(reading) + "\n"
                + "expected: " + expected + "\n"
                + " but was: " + actual;
    }
}
