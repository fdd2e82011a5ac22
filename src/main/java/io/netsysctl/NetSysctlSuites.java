package io.netsysctl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class whose discovery runs the declarative suites, so that build tools that select tests by class,
 * such as Maven Surefire and Failsafe, run them. The class needs no body:
 *
 * <pre>{@code
 * @NetSysctlSuites
 * class ShippedSuitesIT {
 * }
 * }</pre>
 *
 * <p>The suite engine (id {@code netsysctl}) then runs every {@code *.yaml} and {@code *.yml} file below the
 * folder named by {@link NetSysctlConfig#SUITES} (a JUnit configuration parameter, a system property or the
 * environment variable {@code NETSYSCTL_SUITES}), or that single file, and by default below {@code suites/} in
 * the working directory. The file format is described in {@code docs/suite-format.md}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NetSysctlSuites {
}
