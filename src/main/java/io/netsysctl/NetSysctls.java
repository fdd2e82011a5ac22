package io.netsysctl;

import io.netsysctl.junit.NetSysctlExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/** Contains repeated {@link NetSysctl} annotations; the compiler writes it, users write {@code @NetSysctl}. */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@ExtendWith(NetSysctlExtension.class)
public @interface NetSysctls {

    NetSysctl[] value();
}
