package io.netsysctl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Picks a target started by {@link NetSysctl}, on a test parameter or a field.
 *
 * <p>On a {@link SysctlContainer} parameter, {@link #value()} names the target: {@code @NetSysctlTarget("server")}
 * picks {@code @NetSysctl(name = "server")}. A parameter without this annotation gets the target without a
 * name. A field is injected only when it carries this annotation; its type is {@link SysctlContainer} or
 * {@link HostNamespace}, and a {@code HostNamespace} field takes no name. Static fields receive class targets
 * before {@code @BeforeAll} methods run; instance fields receive them before each test.
 *
 * <pre>{@code
 * @NetSysctl(name = "client")
 * @NetSysctl(name = "server")
 * class IsolationTest {
 *     @NetSysctlTarget("client")
 *     SysctlContainer client;
 *
 *     @Test
 *     void isolated(@NetSysctlTarget("server") SysctlContainer server) { ... }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD})
public @interface NetSysctlTarget {

    /** The {@link NetSysctl#name()} of the target; empty picks the target without a name. */
    String value() default "";
}
