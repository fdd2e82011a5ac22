package io.netsysctl.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a fixture class that only the EngineTestKit runs: it is disabled unless the launcher sets the
 * configuration parameter {@value #PARAMETER}, so an IDE that runs every class in the package skips it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(KitFixture.Condition.class)
public @interface KitFixture {

    String PARAMETER = "netsysctl.test.fixtures";

    /** Enables fixtures only in launches that set {@value KitFixture#PARAMETER} to true. */
    class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return context.getConfigurationParameter(PARAMETER, Boolean::parseBoolean).orElse(false)
                    ? ConditionEvaluationResult.enabled("run by the EngineTestKit")
                    : ConditionEvaluationResult.disabled("fixture for the EngineTestKit, not a test of its own");
        }
    }
}
