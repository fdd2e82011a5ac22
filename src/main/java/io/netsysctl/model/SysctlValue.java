package io.netsysctl.model;

import java.util.List;

/**
 * A sysctl value as read from its file. Multi-field values such as {@code tcp_rmem} read back
 * tab-separated; {@link #fields()} splits them on any whitespace, so two values compare equal field by
 * field whatever their spacing or trailing newline.
 *
 * @param raw the text exactly as read, including a trailing newline if any
 */
public record SysctlValue(String raw) {

    public SysctlValue {
        if (raw == null) {
            throw new NullPointerException("raw");
        }
    }

    /** Returns the value for {@code raw}, the text exactly as read. */
    public static SysctlValue of(String raw) {
        return new SysctlValue(raw);
    }

    /** Returns the whitespace-separated fields, for example {@code [4096, 131072, 6291456]}. */
    public List<String> fields() {
        String trimmed = raw.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s+"));
    }

    /** Returns the fields joined by single spaces: the form used in messages and reports. */
    public String normalized() {
        return String.join(" ", fields());
    }

    /**
     * Returns whether both values have the same fields in the same order. Two fields that are both decimal
     * {@code long} numbers compare as numbers, so {@code 0600} is the same as {@code 600}.
     */
    public boolean sameFields(SysctlValue other) {
        List<String> left = fields();
        List<String> right = other.fields();
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            if (!left.get(i).equals(right.get(i)) && !sameNumber(left.get(i), right.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(String left, String right) {
        try {
            return Long.parseLong(left) == Long.parseLong(right);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Returns whether the value is a single field that parses as a decimal {@code long}. */
    public boolean isNumber() {
        List<String> fields = fields();
        if (fields.size() != 1) {
            return false;
        }
        try {
            Long.parseLong(fields.get(0));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Returns the value as a number.
     *
     * @throws NumberFormatException when the value is not a single decimal field
     */
    public long asLong() {
        List<String> fields = fields();
        if (fields.size() != 1) {
            throw new NumberFormatException("sysctl value '" + normalized() + "' has " + fields.size()
                    + " fields, expected one number");
        }
        return Long.parseLong(fields.get(0));
    }

    @Override
    public String toString() {
        return normalized();
    }
}
