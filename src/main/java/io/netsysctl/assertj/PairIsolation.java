package io.netsysctl.assertj;

import io.netsysctl.SysctlContainer;
import io.netsysctl.allure.AllureReport;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.probe.ProbeValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Probes one key between two containers: changes it in the first from the host side, reads the second
 * before and after, and restores the first. The values tried are those of {@link ProbeValues#candidates}, so
 * a congestion-control algorithm is probed with another algorithm the first container allows.
 */
final class PairIsolation {

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
                ProbeValues.restore(changed, key, before.get());
            } catch (RuntimeException restoreError) {
                e.addSuppressed(restoreError);
            }
            throw e;
        }
        ProbeValues.restore(changed, key, before.get());
        return failure;
    }

    /** Sets each candidate in turn until one reads back, then compares the watched container. */
    private static ShouldBeIsolated probeCandidates(SysctlContainer changed, SysctlContainer watched, SysctlKey key,
            SysctlValue before, Optional<SysctlValue> watchedBefore) {
        List<String> attempts = new ArrayList<>();
        for (String candidate : candidates(changed, key, before, watchedBefore)) {
            try {
                changed.setFromHost(key, candidate);
            } catch (IllegalStateException e) {
                attempts.add("'" + candidate + "' rejected: " + e.getMessage());
                continue;
            }
            Optional<SysctlValue> readBack = changed.read(key);
            if (readBack.isEmpty() || !readBack.get().sameFields(SysctlValue.of(candidate))) {
                attempts.add("'" + candidate + "' read back as '" + ProbeValues.show(readBack) + "'");
                continue;
            }
            Optional<SysctlValue> watchedAfter = watched.read(key);
            AllureReport.table("values of " + key, Failures.TABLE_HEADER, List.of(
                    List.of(changed.description() + " (set)", key.dotted(), candidate),
                    List.of(watched.description() + " (before)", key.dotted(), ProbeValues.show(watchedBefore)),
                    List.of(watched.description() + " (after)", key.dotted(), ProbeValues.show(watchedAfter))));
            if (ProbeValues.same(watchedBefore, watchedAfter)) {
                return null;
            }
            return ShouldBeIsolated.shouldBeIsolated(key, changed, watched, "setting '" + candidate + "' in "
                    + changed.description() + " changed " + watched.description() + " from '"
                    + ProbeValues.show(watchedBefore) + "' to '" + ProbeValues.show(watchedAfter) + "'");
        }
        String tried = attempts.isEmpty() ? "no other value is known for '" + before + "'"
                : "tried " + String.join("; ", attempts);
        return ShouldBeIsolated.shouldBeVerifiablyIsolated(key, changed, watched,
                key + " cannot be changed in " + changed.description() + ": " + tried);
    }

    /**
     * Returns the values to set in {@code changed}, leaving out the watched container's value: setting that
     * value would leave the watched container unchanged even if the key leaked.
     */
    static List<String> candidates(SysctlContainer changed, SysctlKey key, SysctlValue before,
            Optional<SysctlValue> watchedBefore) {
        Set<String> avoid = watchedBefore.map(value -> Set.of(value.normalized())).orElse(Set.of());
        return ProbeValues.candidates(key, before, avoid, changed::read);
    }
}
