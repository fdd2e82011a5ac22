package io.netsysctl;

import io.netsysctl.junit.NetSysctlExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a target for JUnit Jupiter tests: a Docker container of {@link #image()} or a namespace sandbox,
 * with {@link #sysctls()} applied at start the way {@code docker run --sysctl} applies them.
 *
 * <p>On a test class, one target is started before the first test and shared by every test of the class
 * and of its {@code @Nested} classes. On a test method, the target belongs to that test alone. Either way the
 * target is stopped and removed when its class or method ends, also when a test or a setup step fails.
 *
 * <p>Test methods, lifecycle methods and constructors receive the target as a {@link SysctlContainer}
 * parameter and the host as a {@link HostNamespace} parameter. Fields annotated with {@link NetSysctlTarget}
 * receive the same instances.
 *
 * <pre>{@code
 * @NetSysctl(sysctls = "net.ipv4.tcp_keepalive_time=600")
 * class KeepaliveTest {
 *     @Test
 *     void keepalive(SysctlContainer container) {
 *         assertThat(container).sysctl("net.ipv4.tcp_keepalive_time").isEqualTo(600);
 *     }
 * }
 * }</pre>
 *
 * <p>The annotation is repeatable: give each target a {@link #name()} and pick it with
 * {@link NetSysctlTarget @NetSysctlTarget("name")}. It also works as a meta-annotation, so a team can define
 * its own annotation, such as {@code @CertifiedRuntime}, once and reuse it.
 *
 * <p>{@link #image()}, {@link #sysctls()} and {@link #securityOpt()} accept placeholders:
 * {@code ${property}} and {@code ${property:-default}}. A placeholder is resolved from the JVM system
 * property of that name, then from the environment variable of that name, then from the environment
 * variable {@link NetSysctlConfig#environmentName(String)} derives ({@code netsysctl.image} gives
 * {@code NETSYSCTL_IMAGE}), then from the default. A blank value counts as unset. {@code ${netsysctl.image}}
 * without a default falls back to {@link NetSysctlConfig#DEFAULT_IMAGE}. Any other placeholder without a value
 * and without a default is a configuration error.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Repeatable(NetSysctls.class)
@ExtendWith(NetSysctlExtension.class)
public @interface NetSysctl {

    /** The image reference {@link #image()} defaults to: {@value}. */
    String DEFAULT_IMAGE = "${" + NetSysctlConfig.IMAGE + ":-" + NetSysctlConfig.DEFAULT_IMAGE + "}";

    /**
     * The target's name, needed only when several targets are in scope. A parameter or field picks a named
     * target with {@link NetSysctlTarget @NetSysctlTarget("name")}; an unqualified one gets the target without
     * a name. Names are unique per class or method; a method's target hides a class target of the same name.
     */
    String name() default "";

    /** The image to start; ignored by the sandbox. Default: {@value #DEFAULT_IMAGE}. */
    String image() default DEFAULT_IMAGE;

    /**
     * Sysctls the runtime applies at start, each as {@code key=value} like {@code docker run --sysctl}, for
     * example {@code net.ipv4.tcp_keepalive_time=600}. Keys take the dotted or the slash form.
     */
    String[] sysctls() default {};

    /**
     * The runtime that starts the target. Default: {@link RuntimeKind#DOCKER}, because the image is what a
     * certification is about; {@link RuntimeKind#AUTO} falls back to the sandbox when no Docker engine responds.
     */
    RuntimeKind runtime() default RuntimeKind.DOCKER;

    /** The network the target joins, like {@code docker run --network}. Default: its own bridge namespace. */
    NetworkMode network() default NetworkMode.BRIDGE;

    /** Like {@code docker run --privileged}. */
    boolean privileged() default false;

    /** Like {@code docker run --security-opt}, for example {@code systempaths=unconfined}. */
    String[] securityOpt() default {};
}
