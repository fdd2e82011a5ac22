package io.netsysctl.model;

/** The errno values a write to {@code /proc/sys} reports, with the strerror(3) text that names them. */
public enum Errno {
    EROFS("Read-only file system"),
    EACCES("Permission denied"),
    EPERM("Operation not permitted"),
    EINVAL("Invalid argument"),
    ENOENT("No such file or directory"),
    EBUSY("Device or resource busy"),
    ENODEV("No such device");

    private final String message;

    Errno(String message) {
        this.message = message;
    }

    /** Returns the strerror(3) text of this errno, as glibc and musl print it. */
    public String message() {
        return message;
    }
}
