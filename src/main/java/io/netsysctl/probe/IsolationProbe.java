package io.netsysctl.probe;

import io.netsysctl.HostNamespace;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.target.host.ProcSysFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks that a sysctl key is isolated between a target's network namespace and the host.
 *
 * <p>The forward probe picks a value the kernel accepts and that differs from the target's current one
 * (numbers: one field changed by one; congestion control: another algorithm from the target's allowed, then
 * available list), sets it inside the target from the host side with
 * {@link SysctlContainer#setFromHost}, and compares the host and a fresh sibling namespace
 * ({@link SysctlContainer#readFreshNamespace}) before and after. The target's value is then restored.
 *
 * <p>With {@code mutateHost} the reverse probe follows: the host's original value is appended to the
 * {@link HostSysctlJournal} and forced to disk, the host value is changed by writing {@code /proc/sys} in this
 * JVM's network namespace (which needs root), the target must keep its value, and the host value is written
 * back and the journal entry marked restored. Without {@code mutateHost} no host value is ever written.
 *
 * <p>Keys that are missing in the target, refuse every candidate, or are strings with no known alternative
 * are reported as {@link IsolationResult.Status#NOT_PROBED}, never as isolated.
 */
public final class IsolationProbe {

    private static final Logger LOG = LoggerFactory.getLogger(IsolationProbe.class);

    private final HostSysctlJournal journal;

    /** Creates a probe that records host changes in {@code journal}. */
    public IsolationProbe(HostSysctlJournal journal) {
        this.journal = journal;
    }

    /** Probes one key with the journal configured by {@link io.netsysctl.NetSysctlConfig#JOURNAL}. */
    public static IsolationResult check(SysctlContainer target, HostNamespace host, SysctlKey key,
            boolean mutateHost) {
        return new IsolationProbe(HostSysctlJournal.fromConfig()).probe(target, host, key, mutateHost);
    }

    /**
     * Probes one key; see the class description for the steps. A value that changes during the probe to
     * something other than the probe value was changed by another process, not by the probe: the probe is then
     * repeated once, and reported as not probed if it happens again.
     */
    public IsolationResult probe(SysctlContainer target, HostNamespace host, SysctlKey key, boolean mutateHost) {
        List<String> disturbances = new ArrayList<>();
        IsolationResult result = probeOnce(target, host, key, mutateHost, disturbances);
        if (disturbances.isEmpty() || result.status() == IsolationResult.Status.LEAKED) {
            return result;
        }
        LOG.warn("Repeating the isolation probe of {} in {}: {}", key, target.description(),
                String.join("; ", disturbances));
        disturbances.clear();
        result = probeOnce(target, host, key, mutateHost, disturbances);
        if (disturbances.isEmpty() || result.status() == IsolationResult.Status.LEAKED) {
            return result;
        }
        return IsolationResult.notProbed(key, result.target(), result.targetBefore(), key + " cannot be probed in "
                + result.target() + " because another process changed it during two attempts: "
                + String.join("; ", disturbances) + ". Stop whatever changes this key and run the check again.");
    }

    private IsolationResult probeOnce(SysctlContainer target, HostNamespace host, SysctlKey key, boolean mutateHost,
            List<String> disturbances) {
        String description = target.description();
        Optional<SysctlValue> targetBefore = target.read(key);
        if (targetBefore.isEmpty()) {
            return IsolationResult.notProbed(key, description, targetBefore, key + " cannot be probed: it has no "
                    + "file in " + description + ", so it is not namespaced there");
        }
        Optional<SysctlValue> hostBefore = host.read(key);
        Optional<SysctlValue> siblingBefore = readSibling(target, key);

        List<String> candidates = ProbeValues.candidates(key, targetBefore.get(), Set.of(), target::read);
        List<String> attempts = new ArrayList<>();
        Optional<String> probeValue = Optional.empty();
        Optional<SysctlValue> targetWithProbe = Optional.empty();
        for (String candidate : candidates) {
            try {
                target.setFromHost(key, candidate);
            } catch (IllegalStateException e) {
                attempts.add("'" + candidate + "' rejected: " + e.getMessage());
                continue;
            }
            targetWithProbe = target.read(key);
            if (targetWithProbe.isPresent() && targetWithProbe.get().sameFields(SysctlValue.of(candidate))) {
                probeValue = Optional.of(candidate);
                break;
            }
            attempts.add("'" + candidate + "' read back as '" + ProbeValues.show(targetWithProbe) + "'");
        }
        if (probeValue.isEmpty()) {
            ProbeValues.restore(target, key, targetBefore.get());
            String tried = attempts.isEmpty() ? "no other value is known for '" + targetBefore.get() + "'"
                    : "tried " + String.join("; ", attempts);
            return IsolationResult.notProbed(key, description, targetBefore, key + " cannot be probed in "
                    + description + ": " + tried);
        }

        Optional<SysctlValue> hostAfter = host.read(key);
        Optional<SysctlValue> siblingAfter = readSibling(target, key);
        ProbeValues.restore(target, key, targetBefore.get());

        List<String> leaks = new ArrayList<>();
        SysctlValue probed = SysctlValue.of(probeValue.get());
        compare("the host", hostBefore, hostAfter, probed, leaks, disturbances);
        compare("a fresh network namespace", siblingBefore, siblingAfter, probed, leaks, disturbances);
        Optional<IsolationResult.HostChange> hostChange = Optional.empty();
        if (mutateHost && hostBefore.isPresent()) {
            IsolationResult.HostChange change = changeHost(target, host, key, hostBefore.get());
            hostChange = Optional.of(change);
            compare("the target, while the host was set to '" + change.hostProbeValue() + "',",
                    change.targetBefore(), change.targetAfter(), SysctlValue.of(change.hostProbeValue()), leaks,
                    disturbances);
        }

        IsolationResult.Status status = leaks.isEmpty() ? IsolationResult.Status.ISOLATED
                : IsolationResult.Status.LEAKED;
        String message = leaks.isEmpty()
                ? key + " is isolated in " + description + ": setting '" + probeValue.get()
                        + "' there left the host at " + quoted(hostAfter) + " and a fresh namespace at "
                        + quoted(siblingAfter)
                        + hostChange.map(c -> ", and a host change to '" + c.hostProbeValue()
                                + "' left the target at " + quoted(c.targetAfter()))
                                .orElse(mutateHost ? ", but the host has no such key to change" : "")
                : key + " leaks across " + description + ": setting '" + probeValue.get() + "' in the target: "
                        + String.join("; ", leaks);
        return new IsolationResult(key, description, status, probeValue, targetBefore, targetWithProbe,
                hostBefore, hostAfter, siblingBefore, siblingAfter, hostChange, message);
    }

    private IsolationResult.HostChange changeHost(SysctlContainer target, HostNamespace host, SysctlKey key,
            SysctlValue original) {
        Optional<SysctlValue> targetBefore = target.read(key);
        Set<String> avoid = new HashSet<>();
        targetBefore.ifPresent(value -> avoid.add(value.normalized()));
        List<String> candidates = ProbeValues.candidates(key, original, avoid, host::read);
        Path path = Path.of(key.procPath());
        List<String> attempts = new ArrayList<>();
        for (String candidate : candidates) {
            HostSysctlJournal.Entry entry = journal.record(key, original.normalized());
            try {
                try {
                    Files.writeString(path, candidate);
                } catch (IOException e) {
                    // The write changed nothing, so the entry needs no replay.
                    journal.markRestored(entry);
                    attempts.add("'" + candidate + "': " + e.getMessage());
                    continue;
                }
                Optional<SysctlValue> targetAfter = target.read(key);
                return new IsolationResult.HostChange(candidate, targetBefore, targetAfter,
                        restoreHost(path, key, original, entry));
            } finally {
                if (journal.pending().contains(entry)) {
                    restoreHost(path, key, original, entry);
                }
            }
        }
        throw new IllegalStateException("Failed to change host sysctl " + key + " from '" + original
                + "' for the reverse probe: tried " + (attempts.isEmpty() ? "nothing, no candidate value is "
                + "known" : String.join("; ", attempts)) + ". Run as root in the initial network namespace, "
                + "or set mutateHost to false.");
    }

    private boolean restoreHost(Path path, SysctlKey key, SysctlValue original, HostSysctlJournal.Entry entry) {
        try {
            Files.writeString(path, original.normalized());
            SysctlValue now = SysctlValue.of(ProcSysFiles.readProcFile(path));
            if (now.sameFields(original)) {
                journal.markRestored(entry);
                return true;
            }
            LOG.error("Host sysctl {} reads '{}' after restoring '{}'; the journal {} keeps the entry for the "
                    + "next run", key, now, original, journal.file());
        } catch (IOException | UncheckedIOException e) {
            LOG.error("Failed to restore host sysctl {} to '{}': {}. The journal {} keeps the entry for the next "
                    + "run; restore it now with 'sysctl -w {}=\"{}\"'", key, original, e.toString(),
                    journal.file(), key, original);
        }
        return false;
    }

    private static Optional<SysctlValue> readSibling(SysctlContainer target, SysctlKey key) {
        return target.readFreshNamespace(List.of(key)).getOrDefault(key, Optional.empty());
    }

    /**
     * Sorts a change of {@code before} into a leak, when the value became the probe value, or a disturbance,
     * when it became something else.
     */
    private static void compare(String subject, Optional<SysctlValue> before, Optional<SysctlValue> after,
            SysctlValue probed, List<String> leaks, List<String> disturbances) {
        if (ProbeValues.same(before, after)) {
            return;
        }
        String change = subject + " changed from " + quoted(before) + " to " + quoted(after);
        if (after.isPresent() && after.get().sameFields(probed)) {
            leaks.add(change);
        } else {
            disturbances.add(change + ", which is not the probe value '" + probed.normalized() + "'");
        }
    }

    /** Returns a read in single quotes for the sentences of a result message, or {@code (missing)}. */
    private static String quoted(Optional<SysctlValue> value) {
        return value.isPresent() ? "'" + ProbeValues.show(value) + "'" : ProbeValues.show(value);
    }
}
