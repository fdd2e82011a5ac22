package io.netsysctl.target.docker;

import java.util.Objects;

/** A Docker Engine API version such as {@code 1.41}, ordered numerically (so 1.9 is below 1.41). */
record ApiVersion(int major, int minor) implements Comparable<ApiVersion> {

    /** The highest version the Docker client inside Testcontainers 2.0.5 (docker-java 3.7.1) speaks. */
    static final ApiVersion CLIENT_MAX = new ApiVersion(1, 44);

    /** The lowest version with {@code HostConfig.Sysctls}, which every target needs (Engine 1.12). */
    static final ApiVersion CLIENT_MIN = new ApiVersion(1, 24);

    /**
     * Parses {@code MAJOR.MINOR}.
     *
     * @throws IllegalArgumentException naming the text when it is not of that form
     */
    static ApiVersion parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.strip().split("\\.");
        if (parts.length != 2) {
            throw new IllegalArgumentException("invalid Docker API version '" + text + "': expected MAJOR.MINOR, "
                    + "for example 1.41");
        }
        try {
            return new ApiVersion(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid Docker API version '" + text + "': expected MAJOR.MINOR, "
                    + "for example 1.41", e);
        }
    }

    static ApiVersion min(ApiVersion a, ApiVersion b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public int compareTo(ApiVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
