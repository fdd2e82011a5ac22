package io.netsysctl.suite;

import io.netsysctl.HostNamespace;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.TargetSpec;
import io.netsysctl.target.TargetStartException;
import io.netsysctl.target.Targets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state one suite shares between its checks: the target, started once and closed after the last check,
 * and the host and fresh-namespace values, each read once.
 */
final class SuiteContext implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SuiteContext.class);

    private final SuiteDefinition suite;
    private final Supplier<HostNamespace> host;
    private SysctlContainer target;
    private RuntimeException startFailure;
    private Map<SysctlKey, Optional<SysctlValue>> freshValues;
    private RuntimeException freshFailure;

    SuiteContext(SuiteDefinition suite, Supplier<HostNamespace> host) {
        this.suite = suite;
        this.host = host;
    }

    SuiteDefinition suite() {
        return suite;
    }

    /** Starts the suite's target unless every check starts its own. A failure is kept for every check. */
    void start() {
        boolean needed = suite.checks().stream().anyMatch(check -> !(check.kind() instanceof CheckKind.Rejected));
        if (!needed) {
            return;
        }
        TargetSpec spec = suite.target();
        long started = System.nanoTime();
        try {
            target = Targets.start(spec);
            LOG.info("Suite {}: started {} in {} ms", suite.id(), target.description(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (TargetStartException e) {
            startFailure = new InfrastructureException("The target of suite '" + suite.id() + "' (" + suite.file()
                    + ") failed to start because the runtime rejected its settings: " + e.runtimeMessage()
                    + ". Fix 'target' in the suite; to test that the runtime rejects these settings, use a "
                    + "'rejected' check.", e);
        } catch (RuntimeException e) {
            startFailure = new InfrastructureException("The target of suite '" + suite.id() + "' (" + suite.file()
                    + ") failed to start: " + e.getMessage(), e);
        }
        if (startFailure != null) {
            LOG.error("Suite {}: {}", suite.id(), startFailure.getMessage());
        }
    }

    /** Returns the started target, or throws the start failure. */
    SysctlContainer target() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (target == null) {
            throw new IllegalStateException("the target of suite '" + suite.id() + "' was not started");
        }
        return target;
    }

    /** Returns the failure that prevented the target from starting, if any. */
    Optional<RuntimeException> startFailure() {
        return Optional.ofNullable(startFailure);
    }

    HostNamespace host() {
        return host.get();
    }

    /** Returns the fresh-namespace value of a key, reading every key of the suite's value checks at once. */
    Optional<SysctlValue> freshValue(SysctlKey key) {
        if (freshFailure != null) {
            throw freshFailure;
        }
        if (freshValues == null || !freshValues.containsKey(key)) {
            Set<SysctlKey> keys = new TreeSet<>();
            for (CheckDefinition check : suite.checks()) {
                if (check.kind() instanceof CheckKind.ValueCheck valueCheck) {
                    keys.add(valueCheck.key());
                }
            }
            keys.add(key);
            try {
                freshValues = target().readFreshNamespace(keys);
            } catch (RuntimeException e) {
                // Kept, so a broken engine costs one attempt per suite rather than one per check.
                freshFailure = e;
                throw e;
            }
        }
        return freshValues.getOrDefault(key, Optional.empty());
    }

    String description() {
        return target != null ? target.description() : "target of suite '" + suite.id() + "' (not started)";
    }

    String image() {
        return target != null ? target.image() : suite.target().image();
    }

    String runtime() {
        return target != null ? target.runtime() : suite.target().runtime().name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() {
        if (target == null) {
            return;
        }
        try {
            target.close();
            LOG.debug("Suite {}: closed {}", suite.id(), target.description());
        } catch (RuntimeException e) {
            LOG.error("Suite {}: failed to close {}: {}. It may still run; its id is {}", suite.id(),
                    target.description(), e.getMessage(), target.id(), e);
        }
    }
}
