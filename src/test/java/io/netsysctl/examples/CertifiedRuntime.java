package io.netsysctl.examples;

import io.netsysctl.NetSysctl;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A team's own annotation: the image under certification with the settings every service gets. Defined once,
 * used on every certification class, so the settings live in one place.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@NetSysctl(image = "${netsysctl.image:-netsysctl/busybox:local}",
        sysctls = {"net.ipv4.tcp_keepalive_time=600", "net.ipv4.tcp_keepalive_intvl=30",
                "net.ipv4.tcp_keepalive_probes=5"})
public @interface CertifiedRuntime {
}
