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

    public static WriteOutcome succeeded(String path, String value) {
        return new WriteOutcome(path, value, Optional.empty(), "");
    }

    public static WriteOutcome failed(String path, String value, Errno errno, String detail) {
        return new WriteOutcome(path, value, Optional.of(errno), detail);
    }

    public boolean succeeded() {
        return errno.isEmpty();
    }
}
