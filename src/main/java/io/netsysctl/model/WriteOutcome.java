package io.netsysctl.model;

import java.util.Optional;

/**
 * The result of one real write(2) to a file in a target.
 *
 * @param path the absolute path written, as seen inside the target
 * @param value the bytes written, as text
 * @param errno the error of the write, empty when the write succeeded
 * @param detail the raw error text the target printed, empty on success
 */
public record WriteOutcome(String path, String value, Optional<Errno> errno, String detail) {

    /** Returns the outcome of a write the kernel accepted. */
    public static WriteOutcome succeeded(String path, String value) {
        return new WriteOutcome(path, value, Optional.empty(), "");
    }

    /** Returns the outcome of a write that failed with {@code errno}; {@code detail} is the error text. */
    public static WriteOutcome failed(String path, String value, Errno errno, String detail) {
        return new WriteOutcome(path, value, Optional.of(errno), detail);
    }

    /** Returns whether the write succeeded, that is whether no errno was recorded. */
    public boolean succeeded() {
        return errno.isEmpty();
    }
}
