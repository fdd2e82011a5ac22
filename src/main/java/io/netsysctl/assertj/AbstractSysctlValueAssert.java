package io.netsysctl.assertj;

import io.netsysctl.SysctlContainer;
import io.netsysctl.SysctlTarget;
import io.netsysctl.allure.AllureReport;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.probe.ProbeValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one sysctl value read from one target. Values compare field by field, so
 * {@code "4096 131072 6291456"} equals the tab-separated {@code tcp_rmem} the kernel prints. Each check is an
 * Allure step, and a failure is a {@link io.netsysctl.report.CheckFailedError} naming the key, the target,
 * the expected and the actual value.
 *
 * @param <SELF> the assert's own type, for chaining
 * @param <ACTUAL> the reading checked
 */
public abstract class AbstractSysctlValueAssert<SELF extends AbstractSysctlValueAssert<SELF, ACTUAL>,
        ACTUAL extends SysctlReading> extends AbstractAssert<SELF, ACTUAL> {

    /** Creates an assert for {@code actual}. As in AssertJ, {@code selfType} is the concrete subclass. */
    protected AbstractSysctlValueAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies the value equals {@code expected} field by field, as {@link SysctlValue#sameFields} compares.
     * Accepts an int, a long, a String such as {@code "4096 131072 6291456"} or a {@link SysctlValue}.
     *
     * @throws IllegalArgumentException when {@code expected} has another type
     */
    @Override
    public SELF isEqualTo(Object expected) {
        SysctlValue value = Failures.expected(expected);
        return verify(actual.key() + " equals " + value,
                () -> actual.value().isPresent() && actual.value().get().sameFields(value),
                () -> ShouldHaveValue.shouldHaveValue(actual, value.normalized()));
    }

    /** Verifies the value is the single number {@code expected}. */
    public SELF isEqualTo(long expected) {
        return isEqualTo((Object) expected);
    }

    /**
     * Verifies the value equals the same key's value in {@code other}, read now. The other target is
     * typically the host. Two missing keys count as equal. Unlike {@link #isSameAs(Object)}, this compares
     * values, not references.
     */
    public SELF isSameAs(SysctlTarget other) {
        return AllureReport.step(actual.key() + " is the same as in " + other.description(), () -> {
            Optional<SysctlValue> otherValue = other.read(actual.key());
            attachTable(List.of(actual.target().description(), other.description()),
                    List.of(actual.value(), otherValue));
            if (!ProbeValues.same(actual.value(), otherValue)) {
                throw Failures.failure(info, ShouldBeSameAs.shouldBeSameAs(actual, other, otherValue));
            }
            return myself;
        });
    }

    /**
     * Verifies the value equals the one a newly created network namespace gets on the same kernel, read with
     * {@link SysctlContainer#readFreshNamespace}.
     *
     * @throws IllegalStateException when the target is not a {@link SysctlContainer}, such as the host
     */
    public SELF isKernelDefault() {
        if (!(actual.target() instanceof SysctlContainer container)) {
            throw new IllegalStateException("isKernelDefault() needs a SysctlContainer, but "
                    + actual.target().description() + " is not one: compare the host with isSameAs(...) instead");
        }
        return AllureReport.step(actual.key() + " is the kernel default", () -> {
            Optional<SysctlValue> kernelDefault = container.readFreshNamespace(List.of(actual.key()))
                    .getOrDefault(actual.key(), Optional.empty());
            attachTable(List.of(actual.target().description(), "new network namespace (kernel default)"),
                    List.of(actual.value(), kernelDefault));
            if (!ProbeValues.same(actual.value(), kernelDefault)) {
                throw Failures.failure(info, ShouldBeKernelDefault.shouldBeKernelDefault(actual, kernelDefault));
            }
            return myself;
        });
    }

    /** Verifies the key has no file in the target. */
    public SELF isAbsent() {
        return verify(actual.key() + " is absent", () -> actual.value().isEmpty(),
                () -> ShouldBeAbsent.shouldBeAbsent(actual));
    }

    /** Verifies the key has a file in the target. */
    public SELF isPresent() {
        return verify(actual.key() + " is present", () -> actual.value().isPresent(),
                () -> ShouldBePresent.shouldBePresent(actual));
    }

    /** Verifies the value is a single number from {@code min} to {@code max}, both included. */
    public SELF isBetween(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("invalid range: min " + min + " is greater than max " + max);
        }
        return verify(actual.key() + " is between " + min + " and " + max, () -> {
            if (actual.value().isEmpty() || !actual.value().get().isNumber()) {
                return false;
            }
            long value = actual.value().get().asLong();
            return value >= min && value <= max;
        }, () -> ShouldBeInRange.shouldBeInRange(actual, min, max));
    }

    /**
     * Verifies the whole value matches {@code regex}. Multi-field values are matched with their fields joined
     * by single spaces, so write {@code "4096 \\d+ \\d+"} for {@code tcp_rmem}.
     */
    public SELF matches(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return verify(actual.key() + " matches " + regex,
                () -> actual.value().isPresent() && pattern.matcher(actual.value().get().normalized()).matches(),
                () -> ShouldMatchPattern.shouldMatch(actual, regex));
    }

    /**
     * Verifies the value equals one of {@code accepted}, field by field. Each accepted value is an int, a long,
     * a String or a {@link SysctlValue}.
     */
    public SELF isOneOf(Object... accepted) {
        List<SysctlValue> values = new ArrayList<>();
        for (Object value : accepted) {
            values.add(Failures.expected(value));
        }
        List<String> acceptedText = values.stream().map(SysctlValue::normalized).toList();
        return verify(actual.key() + " is one of " + acceptedText,
                () -> actual.value().isPresent() && values.stream().anyMatch(actual.value().get()::sameFields),
                () -> ShouldBeOneOf.shouldBeOneOf(actual, acceptedText));
    }

    private SELF verify(String step, BooleanSupplier condition, Supplier<SysctlMessage> message) {
        return AllureReport.step(step, () -> {
            if (!condition.getAsBoolean()) {
                throw Failures.failure(info, message.get());
            }
            return myself;
        });
    }

    private void attachTable(List<String> sources, List<Optional<SysctlValue>> values) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            rows.add(List.of(sources.get(i), actual.key().dotted(), ProbeValues.show(values.get(i))));
        }
        AllureReport.table("values of " + actual.key(), Failures.TABLE_HEADER, rows);
    }
}
