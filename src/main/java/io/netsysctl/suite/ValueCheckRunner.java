package io.netsysctl.suite;

import io.netsysctl.SysctlContainer;
import io.netsysctl.allure.AllureReport;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.probe.ProbeValues;
import io.netsysctl.report.CheckFailedError;
import io.netsysctl.report.FailureCategory;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the checks that read one key of the target: equals, sameAs, oneOf, range, matches and absent. */
final class ValueCheckRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ValueCheckRunner.class);

    private ValueCheckRunner() {
    }

    static void run(SuiteContext context, CheckKind.ValueCheck kind, CheckRecord record) {
        SysctlKey key = kind.key();
        record.key(key.dotted());
        SysctlContainer target = context.target();
        AllureReport.step("read " + key + " in " + target.description());
        Optional<SysctlValue> actual = target.read(key);
        record.actual(ProbeValues.show(actual));
        attachValues(context, key, actual);

        if (kind instanceof CheckKind.Absent absent) {
            record.expected(absent.expectAbsent() ? "(missing)" : "(present)");
            if (absent.expectAbsent() && actual.isPresent()) {
                throw mismatch(key, target, "expected no file " + key.procPath() + ", actual '"
                        + actual.get().normalized() + "'");
            }
            if (!absent.expectAbsent() && actual.isEmpty()) {
                throw mismatch(key, target, "expected the key to exist, but " + key.procPath() + " has no file");
            }
            return;
        }
        String expected = expectation(context, kind);
        record.expected(expected);
        if (actual.isEmpty()) {
            throw mismatch(key, target, "expected " + expected + ", but the key has no file in the target");
        }
        SysctlValue value = actual.get();
        if (!passes(context, kind, value)) {
            throw mismatch(key, target, "expected " + expected + ", actual '" + value.normalized() + "'");
        }
    }

    /** Returns the expectation as messages and reports show it, reading the reference value when needed. */
    private static String expectation(SuiteContext context, CheckKind.ValueCheck kind) {
        if (kind instanceof CheckKind.Equals equals) {
            return "'" + SysctlValue.of(equals.expected()).normalized() + "'";
        }
        if (kind instanceof CheckKind.SameAs sameAs) {
            Optional<SysctlValue> reference = reference(context, sameAs);
            String name = sameAs.reference() == CheckKind.Reference.HOST ? "the host's value"
                    : "the value of a fresh network namespace";
            return name + " " + reference.map(value -> "'" + value.normalized() + "'").orElse("(missing)");
        }
        if (kind instanceof CheckKind.OneOf oneOf) {
            return "one of " + oneOf.values().stream().map(value -> "'" + SysctlValue.of(value).normalized() + "'")
                    .collect(Collectors.joining(", ", "[", "]"));
        }
        if (kind instanceof CheckKind.Range range) {
            return rangeText(range);
        }
        CheckKind.Matches matches = (CheckKind.Matches) kind;
        return "a value matching '" + matches.pattern().pattern() + "'";
    }

    private static boolean passes(SuiteContext context, CheckKind.ValueCheck kind, SysctlValue value) {
        if (kind instanceof CheckKind.Equals equals) {
            return SysctlValue.of(equals.expected()).sameFields(value);
        }
        if (kind instanceof CheckKind.SameAs sameAs) {
            return reference(context, sameAs).map(reference -> reference.sameFields(value)).orElse(false);
        }
        if (kind instanceof CheckKind.OneOf oneOf) {
            return oneOf.values().stream().anyMatch(item -> SysctlValue.of(item).sameFields(value));
        }
        if (kind instanceof CheckKind.Range range) {
            return value.isNumber() && value.asLong() >= range.min() && value.asLong() <= range.max();
        }
        CheckKind.Matches matches = (CheckKind.Matches) kind;
        return matches.pattern().matcher(stripNewline(value.raw())).matches();
    }

    private static Optional<SysctlValue> reference(SuiteContext context, CheckKind.SameAs sameAs) {
        return sameAs.reference() == CheckKind.Reference.HOST ? context.host().read(sameAs.key())
                : context.freshValue(sameAs.key());
    }

    private static String stripNewline(String raw) {
        return raw.endsWith("\n") ? raw.substring(0, raw.length() - 1) : raw;
    }

    private static String rangeText(CheckKind.Range range) {
        if (range.min() == Long.MIN_VALUE) {
            return "a number of at most " + range.max();
        }
        if (range.max() == Long.MAX_VALUE) {
            return "a number of at least " + range.min();
        }
        return "a number from " + range.min() + " to " + range.max();
    }

    private static CheckFailedError mismatch(SysctlKey key, SysctlContainer target, String detail) {
        return new CheckFailedError(FailureCategory.VALUE_MISMATCH, key + " in " + target.description() + ": "
                + detail);
    }

    /** Attaches the host, fresh-namespace and target values. A reference that cannot be read shows the error. */
    private static void attachValues(SuiteContext context, SysctlKey key, Optional<SysctlValue> actual) {
        String host = show(() -> context.host().read(key));
        String fresh = show(() -> context.freshValue(key));
        AllureReport.table("values of " + key, List.of("namespace", "value"), List.of(
                List.of("host", host),
                List.of("fresh namespace", fresh),
                List.of("target", ProbeValues.show(actual))));
    }

    private static String show(Supplier<Optional<SysctlValue>> read) {
        try {
            return ProbeValues.show(read.get());
        } catch (RuntimeException e) {
            LOG.debug("Reference value not available for the values table", e);
            return "(not available: " + e.getMessage() + ")";
        }
    }
}
