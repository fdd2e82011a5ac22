package io.netsysctl.config;

/** A placeholder that cannot be resolved; the message names it and the fix. */
public final class PlaceholderException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The reason the placeholder cannot be resolved. */
    public enum Kind {
        /** A <code>${</code> with no closing brace. */
        UNTERMINATED,
        /** {@code ${}} or {@code ${:-default}}. */
        EMPTY_NAME,
        /** A name with no value and no default. */
        UNRESOLVED
    }

    private final Kind kind;
    private final String placeholder;
    private final String name;

    PlaceholderException(Kind kind, String placeholder, String name, String message) {
        super(message);
        this.kind = kind;
        this.placeholder = placeholder;
        this.name = name;
    }

    /** Returns why the placeholder cannot be resolved. */
    public Kind kind() {
        return kind;
    }

    /** Returns the placeholder as written, from <code>${</code> on. */
    public String placeholder() {
        return placeholder;
    }

    /** Returns the property name, stripped; empty for {@link Kind#EMPTY_NAME} and {@link Kind#UNTERMINATED}. */
    public String name() {
        return name;
    }
}
