package io.netsysctl.target.shell;

import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of reading one key in a target.
 *
 * @param key the key read
 * @param status whether the file had a value, was missing or could not be read
 * @param value the text read, exactly, when {@code status} is {@link Status#VALUE}; otherwise empty
 * @param error the error text printed by {@code cat} when {@code status} is {@link Status#UNREADABLE}
 */
public record KeyRead(SysctlKey key, Status status, String value, String error) {

    /** What reading a key's file found. */
    public enum Status {
        /** The file exists and was read. */
        VALUE,
        /** No regular file for the key exists in the target. */
        ABSENT,
        /** The file exists but reading it failed, as write-only files such as {@code net.ipv4.route.flush} do. */
        UNREADABLE
    }

    public KeyRead {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(error, "error");
    }

    public static KeyRead value(SysctlKey key, String value) {
        return new KeyRead(key, Status.VALUE, value, "");
    }

    public static KeyRead absent(SysctlKey key) {
        return new KeyRead(key, Status.ABSENT, "", "");
    }

    public static KeyRead unreadable(SysctlKey key, String error) {
        return new KeyRead(key, Status.UNREADABLE, "", error);
    }

    /**
     * Returns the value, or empty when the key has no file, as {@link io.netsysctl.SysctlTarget#read} reports it.
     *
     * @throws IllegalStateException when the file exists but could not be read: such a key is neither absent
     *     nor has a value, so no answer would be true
     */
    public Optional<SysctlValue> toOptional(String targetDescription) {
        switch (status) {
            case VALUE:
                return Optional.of(SysctlValue.of(value));
            case ABSENT:
                return Optional.empty();
            default:
                throw new IllegalStateException("cannot read sysctl " + key + " in " + targetDescription + ": "
                        + (error.isBlank() ? "read failed" : error.strip())
                        + " (the file exists but is not readable, as write-only keys are)");
        }
    }
}
