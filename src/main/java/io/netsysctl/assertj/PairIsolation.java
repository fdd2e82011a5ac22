package io.netsysctl.assertj;

import io.netsysctl.SysctlContainer;
import io.netsysctl.allure.AllureReport;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Probes one key between two containers: changes it in the first from the host side, reads the second
 * before and after, and restores the first.
 */
final class PairIsolation {

    private static final Logger LOG = LoggerFactory.getLogger(PairIsolation.class);

    private PairIsolation() {
    }

    /** Returns the failure for {@code key}, or null when the second container kept its value. */
    static ShouldBeIsolated probe(SysctlContainer changed, SysctlContainer watched, SysctlKey key) {
        Optional<SysctlValue> before = changed.read(key);
        if (before.isEmpty()) {
            return ShouldBeIsolated.shouldBeVerifiablyIsolated(key, changed, watched,
                    key + " has no file in " + changed.description());
        }
        Optional<SysctlValue> watchedBefore = watched.read(key);
        ShouldBeIsolated failure;
        try {
            failure = probeCandidates(changed, watched, key, before.get(), watchedBefore);
        } catch (RuntimeException | Error e) {
            // A failed restore is added to the probe's error, so it never hides why the probe failed.
            try {
                restore(changed, key, before.get());
            } catch (RuntimeException restoreError) {
                e.addSuppressed(restoreError);
            }
            throw e;
        }
        restore(changed, key, before.get());
        return failure;
    }

    /** Sets each candidate in turn until one reads back, then compares the watched container. */
    private static ShouldBeIsolated probeCandidates(SysctlContainer changed, SysctlContainer watched, SysctlKey key,
            SysctlValue before, Optional<SysctlValue> watchedBefore) {
        List<String> attempts = new ArrayList<>();
        for (String candidate : candidates(before)) {
            try {
                changed.setFromHost(key, candidate);
            } catch (IllegalStateException e) {
                attempts.add("'" + candidate + "' rejected: " + e.getMessage());
                continue;
            }
            Optional<SysctlValue> readBack = changed.read(key);
            if (readBack.isEmpty() || !readBack.get().sameFields(SysctlValue.of(candidate))) {
                attempts.add("'" + candidate + "' read back as '" + SysctlMessage.show(readBack) + "'");
                continue;
            }
            Optional<SysctlValue> watchedAfter = watched.read(key);
            AllureReport.table("values of " + key, Failures.TABLE_HEADER, List.of(
                    List.of(changed.description() + " (set)", key.dotted(), candidate),
                    List.of(watched.description() + " (before)", key.dotted(), SysctlMessage.show(watchedBefore)),
                    List.of(watched.description() + " (after)", key.dotted(), SysctlMessage.show(watchedAfter))));
            if (Failures.same(watchedBefore, watchedAfter)) {
                return null;
            }
            return ShouldBeIsolated.shouldBeIsolated(key, changed, watched, "setting '" + candidate + "' in "
                    + changed.description() + " changed " + watched.description() + " from '"
                    + SysctlMessage.show(watchedBefore) + "' to '" + SysctlMessage.show(watchedAfter) + "'");
        }
        String tried = attempts.isEmpty() ? "no other value is known for '" + before + "'"
                : "tried " + String.join("; ", attempts);
        return ShouldBeIsolated.shouldBeVerifiablyIsolated(key, changed, watched,
                key + " cannot be changed in " + changed.description() + ": " + tried);
    }

    /**
     * Returns values that differ from {@code current}: the last numeric field plus one, then minus one.
     * NOTE: text values such as a congestion control algorithm get no candidate, so between two containers they
     * are reported as not verified. Against the host, {@link io.netsysctl.probe.IsolationProbe} also tries
     * other algorithms.
     */
    static List<String> candidates(SysctlValue current) {
        List<String> fields = current.fields();
        List<String> candidates = new ArrayList<>();
        if (fields.isEmpty()) {
            return candidates;
        }
        int last = fields.size() - 1;
        long number;
        try {
            number = Long.parseLong(fields.get(last));
        } catch (NumberFormatException e) {
            return candidates;
        }
        for (long changedValue : new long[] {number + 1, number - 1}) {
            List<String> changedFields = new ArrayList<>(fields);
            changedFields.set(last, Long.toString(changedValue));
            candidates.add(String.join(" ", changedFields));
        }
        return candidates;
    }

    private static void restore(SysctlContainer target, SysctlKey key, SysctlValue original) {
        try {
            target.setFromHost(key, original.normalized());
        } catch (IllegalStateException e) {
            LOG.warn("Failed to restore {} to '{}' in {}: {}", key, original, target.description(), e.getMessage());
        }
    }
}
