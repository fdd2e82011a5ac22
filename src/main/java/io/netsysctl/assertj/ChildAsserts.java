package io.netsysctl.assertj;

import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Creates the asserts a target assert hands out, so that under soft assertions they collect their failures
 * too instead of throwing.
 */
interface ChildAsserts {

    ChildAsserts HARD = new ChildAsserts() {
        @Override
        public SysctlValueAssert value(SysctlReading reading) {
            return new SysctlValueAssert(reading);
        }

        @Override
        public IsolationAssert isolation(IsolationAssert.Pair pair) {
            return new IsolationAssert(pair);
        }
    };

    SysctlValueAssert value(SysctlReading reading);

    IsolationAssert isolation(IsolationAssert.Pair pair);

    /** Returns a factory whose asserts are proxies that report failures to {@code softly}. */
    static ChildAsserts soft(SoftAssertionsProvider softly) {
        return new ChildAsserts() {
            @Override
            public SysctlValueAssert value(SysctlReading reading) {
                return softly.proxy(SysctlValueAssert.class, SysctlReading.class, reading);
            }

            @Override
            public IsolationAssert isolation(IsolationAssert.Pair pair) {
                return softly.proxy(IsolationAssert.class, IsolationAssert.Pair.class, pair);
            }
        };
    }
}
