package io.netsysctl.suite;

import static io.netsysctl.probe.ProbeValues.show;

import io.netsysctl.SysctlContainer;
import io.netsysctl.allure.AllureReport;
import io.netsysctl.model.Errno;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.probe.HostSysctlJournal;
import io.netsysctl.probe.IsolationProbe;
import io.netsysctl.probe.IsolationResult;
import io.netsysctl.report.CheckFailedError;
import io.netsysctl.report.FailureCategory;
import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.TargetSpec;
import io.netsysctl.target.TargetStartException;
import io.netsysctl.target.Targets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Runs one test of a suite: a whole check, or one key of an {@code isolated} check. */
final class CheckRunner {

    private final HostSysctlJournal journal;

    CheckRunner(HostSysctlJournal journal) {
        this.journal = journal;
    }

    /** Runs a check that is a single test. */
    void run(SuiteContext context, CheckDefinition check, CheckRecord record) {
        CheckKind kind = check.kind();
        if (kind instanceof CheckKind.Rejected rejected) {
            rejected(context, rejected, record);
            return;
        }
        context.target();
        if (kind instanceof CheckKind.ValueCheck valueCheck) {
            ValueCheckRunner.run(context, valueCheck, record);
        } else if (kind instanceof CheckKind.Isolated isolated) {
            for (SysctlKey key : isolated.keys()) {
                isolated(context, key, isolated.mutateHost(), record);
            }
        } else {
            readOnly(context, ((CheckKind.ReadOnly) kind).path(), record);
        }
    }

    /** Runs the isolation probe for one key. */
    void isolated(SuiteContext context, SysctlKey key, boolean mutateHost, CheckRecord record) {
        SysctlContainer target = context.target();
        record.key(key.dotted());
        record.expected(mutateHost ? "isolated both ways (host value changed and restored)"
                : "isolated (a change in the target leaves the host and a fresh namespace unchanged)");
        AllureReport.step("probe " + key + " in " + target.description() + (mutateHost ? ", then on the host" : ""));
        IsolationResult result = new IsolationProbe(journal).probe(target, context.host(), key, mutateHost);
        attachProbe(result);
        record.actual(result.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + result.message());
        switch (result.status()) {
            case ISOLATED:
                return;
            case LEAKED:
                throw new CheckFailedError(FailureCategory.ISOLATION_LEAK, result.message());
            default:
                throw new IllegalStateException(result.message() + ". The check could not run; remove the key "
                        + "from 'isolated' or use a target where it can be set.");
        }
    }

    private static void attachProbe(IsolationResult result) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("target", show(result.targetBefore()), show(result.targetWithProbe())
                + " (probe value " + result.probeValue().orElse("none") + ")"));
        rows.add(List.of("host", show(result.hostBefore()), show(result.hostAfter())));
        rows.add(List.of("fresh namespace", show(result.siblingBefore()), show(result.siblingAfter())));
        result.hostChange().ifPresent(change -> rows.add(List.of(
                "target during host change '" + change.hostProbeValue() + "'", show(change.targetBefore()),
                show(change.targetAfter()) + (change.hostRestored() ? " (host restored)" : " (host NOT restored)"))));
        AllureReport.table("isolation probe of " + result.key(), List.of("value", "before", "after"), rows);
    }

    private static void readOnly(SuiteContext context, String path, CheckRecord record) {
        SysctlContainer target = context.target();
        record.expected("read-only mount, write fails with EROFS");
        AllureReport.step("look up the mount of " + path + " in " + target.description());
        Optional<MountEntry> mount = target.mountOf(path);
        if (mount.isEmpty()) {
            throw new InfrastructureException("No mount contains " + path + " in " + target.description()
                    + " according to its mountinfo; check the path in 'readOnly'.");
        }
        AllureReport.text("mountinfo line of " + path, mount.get().line());

        String flags = String.join(",", mount.get().mountOptions());
        AllureReport.step("write below " + path + " in " + target.description());
        WriteOutcome write = target.probeWriteUnder(path);
        if (write.succeeded()) {
            record.actual("mounted " + flags + ", writing '" + write.value() + "' to " + write.path() + " succeeded");
            throw new CheckFailedError(FailureCategory.WRITABLE_PROC_SYS, path + " in " + target.description()
                    + " is writable: writing '" + write.value() + "' to " + write.path() + " succeeded (mount options "
                    + flags + ")");
        }

        Errno errno = write.errno().get();
        record.actual("mounted " + flags + ", write failed with " + errno);
        if (!mount.get().readOnly()) {
            throw new CheckFailedError(FailureCategory.WRITABLE_PROC_SYS, path + " in " + target.description()
                    + ": expected a read-only mount, actual mount options " + flags + " (the write to "
                    + write.path() + " failed with " + errno + ")");
        }
        if (errno != Errno.EROFS) {
            throw new CheckFailedError(FailureCategory.WRITABLE_PROC_SYS, path + " in " + target.description()
                    + ": expected writing to " + write.path() + " to fail with EROFS, actual " + errno + " ("
                    + write.detail() + ")");
        }
    }

    private static void rejected(SuiteContext context, CheckKind.Rejected rejected, CheckRecord record) {
        context.startFailure().ifPresent(failure -> {
            throw failure;
        });
        TargetSpec spec = override(context.suite().target(), rejected);
        String overrides = describe(rejected);
        record.expected("rejected: " + overrides);
        AllureReport.step("start a target with " + overrides);
        SysctlContainer started;
        try {
            started = Targets.start(spec);
        } catch (TargetStartException e) {
            record.actual("rejected: " + e.runtimeMessage());
            AllureReport.text("runtime message", e.runtimeMessage());
            return;
        }
        String description;
        try {
            description = started.description();
        } finally {
            started.close();
        }
        record.actual("started " + description);
        throw new CheckFailedError(FailureCategory.RUNTIME_ACCEPTED, "expected the runtime to reject a target with "
                + overrides + ", but " + description + " started");
    }

    static TargetSpec override(TargetSpec base, CheckKind.Rejected rejected) {
        TargetSpec spec = base;
        if (rejected.network() != null) {
            spec = spec.withNetwork(rejected.network());
        }
        if (rejected.privileged() != null) {
            spec = spec.withPrivileged(rejected.privileged());
        }
        if (rejected.securityOpt() != null) {
            spec = spec.withSecurityOpt(rejected.securityOpt());
        }
        if (rejected.sysctls() != null) {
            spec = spec.withSysctls(rejected.sysctls());
        }
        return spec;
    }

    private static String describe(CheckKind.Rejected rejected) {
        List<String> parts = new ArrayList<>();
        if (rejected.network() != null) {
            parts.add("network " + rejected.network().name().toLowerCase(Locale.ROOT));
        }
        if (rejected.privileged() != null) {
            parts.add("privileged " + rejected.privileged());
        }
        if (rejected.securityOpt() != null) {
            parts.add("securityOpt " + rejected.securityOpt());
        }
        if (rejected.sysctls() != null) {
            parts.add("sysctls " + rejected.sysctls());
        }
        return String.join(", ", parts);
    }
}
