package io.netsysctl.probe;

import io.netsysctl.SysctlContainer;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Value rules shared by every isolation probe: which values to write, when two reads agree, how a read is
 * shown, and how the probed side is restored. {@link IsolationProbe} (target against host) and the AssertJ
 * isolation assertion (target against target) both use them, so the two probes try the same values.
 *
 * <p>Internal: public only so that {@code io.netsysctl.assertj} can share it; it is not part of the API and
 * may change in any release.
 */
public final class ProbeValues {

    private static final Logger LOG = LoggerFactory.getLogger(ProbeValues.class);

    private static final String CONGESTION_CONTROL = "tcp_congestion_control";

    private ProbeValues() {
    }

    /**
     * Returns the values to write for {@code key}, each different from {@code current}, in the order they are
     * tried. A number field is changed by one, first field first, up before down and never below zero. An
     * empty list gets one entry. {@code tcp_congestion_control} gets the other algorithms of the probed side's
     * allowed list, then of its available list. Other text gets no candidate. The caller skips a candidate
     * that the kernel rejects or changes on write.
     *
     * @param current the value the probed side has now
     * @param avoid values that would make the probe ambiguous, such as the other side's value
     * @param reader reads other keys on the probed side, for the list of congestion-control algorithms
     */
    public static List<String> candidates(SysctlKey key, SysctlValue current, Set<String> avoid,
            Function<SysctlKey, Optional<SysctlValue>> reader) {
        Set<String> out = new LinkedHashSet<>();
        List<String> fields = current.fields();
        if (fields.isEmpty()) {
            // An empty list value such as ip_local_reserved_ports: one entry is the smallest change.
            out.add("1");
        } else if (fields.stream().allMatch(ProbeValues::isNumber)) {
            addNeighbors(fields, out);
        } else if (key.components().get(key.components().size() - 1).equals(CONGESTION_CONTROL)) {
            addAlgorithms(key, reader, "tcp_allowed_congestion_control", out);
            addAlgorithms(key, reader, "tcp_available_congestion_control", out);
        }
        out.remove(current.normalized());
        out.removeIf(candidate -> avoid.contains(candidate));
        return List.copyOf(out);
    }

    /** Returns whether two reads agree: both missing, or both present with the same fields. */
    public static boolean same(Optional<SysctlValue> a, Optional<SysctlValue> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        return a.get().sameFields(b.get());
    }

    /** Returns a read as messages show it: fields separated by single spaces, or {@code (missing)}. */
    public static String show(Optional<SysctlValue> value) {
        return value.map(SysctlValue::normalized).orElse("(missing)");
    }

    /**
     * Writes {@code original} back into {@code target} from the host side. A write the target rejects is
     * logged at WARN, not thrown, so it never hides the probe's result. Other exceptions propagate, such as an
     * {@link io.netsysctl.target.InfrastructureException} from an engine that stopped responding.
     */
    public static void restore(SysctlContainer target, SysctlKey key, SysctlValue original) {
        try {
            target.setFromHost(key, original.normalized());
        } catch (IllegalStateException e) {
            LOG.warn("Failed to restore {} to '{}' in {}: {}", key, original, target.description(), e.getMessage());
        }
    }

    /** Changes one field at a time by one, first field first, up before down. */
    private static void addNeighbors(List<String> fields, Set<String> out) {
        for (int i = 0; i < fields.size(); i++) {
            long value = Long.parseLong(fields.get(i));
            if (value < Long.MAX_VALUE) {
                out.add(replaceField(fields, i, value + 1));
            }
            if (value > 0) {
                out.add(replaceField(fields, i, value - 1));
            }
        }
    }

    private static String replaceField(List<String> fields, int index, long value) {
        List<String> changed = new ArrayList<>(fields);
        changed.set(index, Long.toString(value));
        return String.join(" ", changed);
    }

    private static void addAlgorithms(SysctlKey key, Function<SysctlKey, Optional<SysctlValue>> reader,
            String listName, Set<String> out) {
        List<String> parent = key.components().subList(0, key.components().size() - 1);
        List<String> components = new ArrayList<>(parent);
        components.add(listName);
        reader.apply(new SysctlKey(components)).ifPresent(list -> out.addAll(list.fields()));
    }

    private static boolean isNumber(String field) {
        try {
            Long.parseLong(field);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
