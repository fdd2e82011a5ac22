package io.netsysctl.assertj;

import io.netsysctl.HostNamespace;
import io.netsysctl.SysctlContainer;
import io.netsysctl.SysctlTarget;
import io.netsysctl.allure.AllureReport;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.probe.IsolationProbe;
import io.netsysctl.probe.IsolationResult;
import io.netsysctl.report.CheckFailedError;
import io.netsysctl.report.FailureCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Verifies keys are isolated between two targets, from {@code assertThat(target).isIsolatedFrom(other)}.
 *
 * <p>Each key is changed inside a container from the host side and the other target is read before and after;
 * the container's value is restored afterwards. Against the host, {@link IsolationProbe} runs the check and also
 * watches a fresh network namespace; the host's own values are never written. Between two containers the
 * first one is changed, by one in its last numeric field. A key that cannot be changed, for example because it
 * has no file in the container, is read-only there or has a text value between two containers, fails the
 * assertion as not verified: it is never reported as isolated.
 */
public class IsolationAssert extends AbstractAssert<IsolationAssert, IsolationAssert.Pair> {

    /**
     * The two targets compared.
     *
     * @param target the target the assertion started from
     * @param other the target it must be isolated from
     */
    public record Pair(SysctlTarget target, SysctlTarget other) {

        public Pair {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(other, "other");
        }
    }

    /** Creates an assert for the pair; most tests start from {@code assertThat(target).isIsolatedFrom(other)}. */
    public IsolationAssert(Pair actual) {
        super(actual, IsolationAssert.class);
    }

    /**
     * Probes each key and fails with one message per key that leaks or cannot be probed.
     *
     * @throws IllegalArgumentException when neither target is a {@link SysctlContainer}, or no key is given
     */
    public IsolationAssert on(String... keys) {
        List<SysctlKey> parsed = new ArrayList<>();
        for (String key : keys) {
            parsed.add(SysctlKey.parse(key));
        }
        return on(parsed);
    }

    /** Probes each key; see {@link #on(String...)}. */
    public IsolationAssert on(List<SysctlKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(
                    "no key given: name at least one, like on(\"net.ipv4.tcp_keepalive_time\")");
        }
        List<String> failures = new ArrayList<>();
        for (SysctlKey key : keys) {
            ShouldBeIsolated failure = AllureReport.step("Probe isolation of " + key + " between "
                    + actual.target().description() + " and " + actual.other().description(), () -> probe(key));
            if (failure != null) {
                failures.add(failure.create(info.description(), info.representation()));
            }
        }
        if (!failures.isEmpty()) {
            throw new CheckFailedError(FailureCategory.ISOLATION_LEAK, String.join("\n\n", failures));
        }
        return myself;
    }

    /** Returns the failure message for {@code key}, or null when it is isolated. */
    private ShouldBeIsolated probe(SysctlKey key) {
        SysctlTarget target = actual.target();
        SysctlTarget other = actual.other();
        if (target instanceof SysctlContainer container && other instanceof SysctlContainer otherContainer) {
            return PairIsolation.probe(container, otherContainer, key);
        }
        SysctlContainer container;
        HostNamespace host;
        if (target instanceof SysctlContainer c && other instanceof HostNamespace h) {
            container = c;
            host = h;
        } else if (target instanceof HostNamespace h && other instanceof SysctlContainer c) {
            container = c;
            host = h;
        } else {
            throw new IllegalArgumentException("isolation needs a SysctlContainer on at least one side, but got "
                    + target.description() + " and " + other.description());
        }
        IsolationResult result = IsolationProbe.check(container, host, key, false);
        AllureReport.text("isolation of " + key, result.message());
        return switch (result.status()) {
            case ISOLATED -> null;
            case LEAKED -> ShouldBeIsolated.shouldBeIsolated(key, target, other, result.message());
            case NOT_PROBED -> ShouldBeIsolated.shouldBeVerifiablyIsolated(key, target, other, result.message());
        };
    }
}
