package io.netsysctl;

/**
 * The host's initial network namespace, read from {@code /proc/sys} of this JVM.
 *
 * <p>When the JVM itself runs outside the initial network namespace, {@link #isInitialNamespace()} is false
 * and {@link #description()} states it.
 */
public interface HostNamespace extends SysctlTarget {

    /** Returns whether this JVM runs in the initial network namespace. */
    boolean isInitialNamespace();
}
