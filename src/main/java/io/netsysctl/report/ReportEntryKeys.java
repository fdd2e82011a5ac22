package io.netsysctl.report;

/**
 * Keys of the JUnit report entries that the suite engine publishes for every check. The certificate and
 * the console progress are built from them, so the names are a contract between the engine and the
 * reports.
 */
public final class ReportEntryKeys {

    /** The suite id, the {@code suite} field of the YAML file. */
    public static final String SUITE = "netsysctl.suite";

    /** The suite file, relative to the working directory when it lies below it. */
    public static final String FILE = "netsysctl.file";

    /** The check id, unique within its suite. */
    public static final String CHECK = "netsysctl.check";

    /** The sysctl key the check reads, in dotted form; one test per key for checks over several keys. */
    public static final String KEY = "netsysctl.key";

    /** The expected value or condition, as the suite states it. */
    public static final String EXPECTED = "netsysctl.expected";

    /** The value read from the target, or the outcome observed. */
    public static final String ACTUAL = "netsysctl.actual";

    /** The target's description, as {@link io.netsysctl.SysctlTarget#description()} returns it. */
    public static final String TARGET = "netsysctl.target";

    /** The image the target was started from. */
    public static final String IMAGE = "netsysctl.image";

    /** The runtime that ran the target: {@code sandbox}, {@code runc}, {@code crun}, ... */
    public static final String RUNTIME = "netsysctl.runtime";

    /** The failure category title of a failed check, one of {@link FailureCategory#title()}. */
    public static final String CATEGORY = "netsysctl.category";

    private ReportEntryKeys() {
    }
}
