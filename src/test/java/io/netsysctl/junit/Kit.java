package io.netsysctl.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Runs {@link KitFixture} classes through the Jupiter engine and returns what failed. */
final class Kit {

    private Kit() {
    }

    static EngineExecutionResults run(Class<?> fixture) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter(KitFixture.PARAMETER, "true")
                .selectors(selectClass(fixture))
                .execute();
    }

    /** Returns the messages of every failed test and container, in the order they failed. */
    static List<String> failureMessages(EngineExecutionResults results) {
        return failures(results.allEvents()).stream().map(Throwable::getMessage).toList();
    }

    /** Returns the exceptions of every failed test and container, in the order they failed. */
    static List<Throwable> failures(Events events) {
        return events.failed().stream()
                .map(Kit::throwable)
                .toList();
    }

    private static Throwable throwable(Event event) {
        return event.getPayload(TestExecutionResult.class)
                .flatMap(TestExecutionResult::getThrowable)
                .orElseThrow();
    }
}
