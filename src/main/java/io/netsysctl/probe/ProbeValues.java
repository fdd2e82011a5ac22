package io.netsysctl.probe;

import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Proposes values to write for a probe, each different from the current one, in the order they are tried.
 * The kernel has the last word: a candidate it rejects or changes on write is skipped by the caller.
 */
final class ProbeValues {

    private static final String CONGESTION_CONTROL = "tcp_congestion_control";

    private ProbeValues() {
    }

    /**
     * Returns candidate values for {@code key}.
     *
     * @param current the value the probed side has now
     * @param avoid values that would make the probe ambiguous, such as the other side's value
     * @param reader reads other keys on the probed side, for the list of congestion-control algorithms
     */
    static List<String> candidates(SysctlKey key, SysctlValue current, Set<String> avoid,
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
