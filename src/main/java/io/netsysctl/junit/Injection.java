package io.netsysctl.junit;

import io.netsysctl.HostNamespace;
import io.netsysctl.NetSysctlTarget;
import io.netsysctl.SysctlContainer;
import io.netsysctl.SysctlTarget;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Resolves a parameter or a field to a target or the host. Parameters and fields share this path, so a
 * target is the same instance wherever a test requests it.
 */
final class Injection {

    private final TargetScopes scopes;

    Injection(TargetScopes scopes) {
        this.scopes = scopes;
    }

    /** Returns whether a parameter or field of this type, with or without a qualifier, is ours to resolve. */
    static boolean handles(Class<?> type, Optional<NetSysctlTarget> qualifier) {
        return qualifier.isPresent() || SysctlTarget.class.isAssignableFrom(type);
    }

    /**
     * Returns the value for a parameter or field.
     *
     * @param element names the parameter or field in messages, like {@code parameter arg0 of Foo.bar(Baz)}
     * @throws IllegalArgumentException with a message naming the annotation, the element and the fix
     */
    Object resolve(ExtensionContext context, Class<?> type, Optional<NetSysctlTarget> qualifier, String element) {
        String name = qualifier.map(NetSysctlTarget::value).orElse("");
        String prefix = qualifier.map(q -> "@NetSysctlTarget(\"" + q.value() + "\") on ").orElse("") + element;
        if (type == HostNamespace.class) {
            if (!name.isEmpty()) {
                throw new IllegalArgumentException(prefix + ": the host has no name: remove the value, write "
                        + "@NetSysctlTarget or no annotation at all");
            }
            return TargetScopes.host(context);
        }
        if (type == SysctlContainer.class || type == SysctlTarget.class && qualifier.isPresent()) {
            try {
                return scopes.target(context, name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(prefix + ": " + e.getMessage(), e);
            }
        }
        if (type == SysctlTarget.class) {
            throw new IllegalArgumentException(prefix + ": ambiguous type SysctlTarget: declare it as "
                    + "SysctlContainer for the target or HostNamespace for the host");
        }
        throw new IllegalArgumentException(prefix + ": unsupported type " + type.getSimpleName()
                + ": declare it as SysctlContainer or HostNamespace");
    }

    /** Sets the static fields of {@code testClass} annotated with {@link NetSysctlTarget}. */
    void injectStaticFields(ExtensionContext context, Class<?> testClass) {
        inject(context, testClass, null, field -> Modifier.isStatic(field.getModifiers()));
    }

    /** Sets the instance fields annotated with {@link NetSysctlTarget} of the test instance and its outer instances. */
    void injectInstanceFields(ExtensionContext context) {
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            inject(context, instance.getClass(), instance, field -> !Modifier.isStatic(field.getModifiers()));
        }
    }

    private void inject(ExtensionContext context, Class<?> type, Object instance, Predicate<Field> filter) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(type, NetSysctlTarget.class, filter);
        for (Field field : fields) {
            String element = Elements.describe(field);
            Optional<NetSysctlTarget> qualifier = AnnotationSupport.findAnnotation(field, NetSysctlTarget.class);
            if (Modifier.isFinal(field.getModifiers())) {
                throw new ExtensionConfigurationException("@NetSysctlTarget(\"" + qualifier.get().value() + "\") on "
                        + element + ": the field is final: remove the final modifier");
            }
            Object value;
            try {
                value = resolve(context, field.getType(), qualifier, element);
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException(e.getMessage(), e);
            }
            try {
                field.setAccessible(true);
                field.set(instance, value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ExtensionConfigurationException("@NetSysctlTarget on " + element + ": cannot set the field: "
                        + e.getMessage(), e);
            }
        }
    }
}
