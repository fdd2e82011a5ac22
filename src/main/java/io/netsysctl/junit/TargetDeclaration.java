package io.netsysctl.junit;

import io.netsysctl.NetSysctl;
import io.netsysctl.RuntimeKind;
import io.netsysctl.config.PlaceholderException;
import io.netsysctl.config.Placeholders;
import io.netsysctl.model.InvalidSysctlKeyException;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.TargetSpec;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * One {@link NetSysctl} found on a class or method, validated and turned into the {@link TargetSpec} to start.
 *
 * @param name the target's name, empty for the unnamed target
 * @param declaredOn the class or method the annotation is present on, directly or as a meta-annotation
 * @param spec what to start, with placeholders resolved
 */
record TargetDeclaration(String name, AnnotatedElement declaredOn, TargetSpec spec) {

    /** Returns a label for logs and messages: {@code 'client' on IsolationTest} or {@code unnamed on KeepaliveTest}. */
    String label() {
        return (name.isEmpty() ? "unnamed" : "'" + name + "'") + " on " + Elements.describe(declaredOn);
    }

    /**
     * Finds and validates every {@link NetSysctl} on {@code element}, including those inherited from a
     * superclass and those on meta-annotations.
     *
     * @throws ExtensionConfigurationException naming the annotation, the attribute and the value when one is
     *     invalid or two share a name
     */
    static List<TargetDeclaration> findOn(AnnotatedElement element, Placeholders placeholders) {
        List<TargetDeclaration> declarations = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (NetSysctl annotation : AnnotationSupport.findRepeatableAnnotations(element, NetSysctl.class)) {
            TargetDeclaration declaration = parse(annotation, element, placeholders);
            if (!names.add(declaration.name())) {
                String attribute = declaration.name().isEmpty() ? "" : "name = \"" + declaration.name() + "\"";
                throw error(annotation, element, attribute, (declaration.name().isEmpty()
                        ? "more than one target without a name"
                        : "duplicate name '" + declaration.name() + "'")
                        + ": give each @NetSysctl on one class or method its own name");
            }
            declarations.add(declaration);
        }
        return declarations;
    }

    static TargetDeclaration parse(NetSysctl annotation, AnnotatedElement element, Placeholders placeholders) {
        String image = resolve(annotation, element, "image", annotation.image(), placeholders);
        if (image.isBlank() && annotation.runtime() != RuntimeKind.SANDBOX) {
            throw error(annotation, element, attribute("image", annotation.image()),
                    "empty image: name an image like netsysctl/busybox:local, or use runtime = SANDBOX");
        }
        Map<SysctlKey, String> sysctls = new LinkedHashMap<>();
        for (String entry : annotation.sysctls()) {
            String resolved = resolve(annotation, element, "sysctls", entry, placeholders);
            int equals = resolved.indexOf('=');
            if (equals < 0) {
                throw error(annotation, element, attribute("sysctls", entry),
                        "invalid entry '" + resolved + "': expected key=value, like docker run --sysctl");
            }
            SysctlKey key;
            try {
                key = SysctlKey.parse(resolved.substring(0, equals));
            } catch (InvalidSysctlKeyException e) {
                throw error(annotation, element, attribute("sysctls", entry), e.getMessage());
            }
            String value = resolved.substring(equals + 1);
            if (value.isEmpty()) {
                throw error(annotation, element, attribute("sysctls", entry),
                        "empty value for " + key + ": write " + key + "=VALUE");
            }
            if (sysctls.putIfAbsent(key, value) != null) {
                throw error(annotation, element, attribute("sysctls", entry),
                        "duplicate key " + key + ": set each key once");
            }
        }
        List<String> securityOpt = new ArrayList<>();
        for (String option : annotation.securityOpt()) {
            String resolved = resolve(annotation, element, "securityOpt", option, placeholders);
            if (resolved.isBlank()) {
                throw error(annotation, element, attribute("securityOpt", option),
                        "empty entry: remove it or write an option like systempaths=unconfined");
            }
            securityOpt.add(resolved);
        }
        TargetSpec spec = new TargetSpec(annotation.runtime(), image, annotation.network(), annotation.privileged(),
                securityOpt, sysctls);
        return new TargetDeclaration(annotation.name(), element, spec);
    }

    private static String resolve(NetSysctl annotation, AnnotatedElement element, String attribute, String text,
            Placeholders placeholders) {
        try {
            return placeholders.resolve(text);
        } catch (PlaceholderException e) {
            throw error(annotation, element, attribute(attribute, text), e.getMessage());
        }
    }

    private static String attribute(String name, String value) {
        return name + " = \"" + value + "\"";
    }

    /** Builds {@code @NetSysctl(name = "a", sysctls = "x") on Foo: reason}. */
    static ExtensionConfigurationException error(NetSysctl annotation, AnnotatedElement element, String attribute,
            String reason) {
        List<String> attributes = new ArrayList<>();
        if (!annotation.name().isEmpty() && !attribute.startsWith("name =")) {
            attributes.add("name = \"" + annotation.name() + "\"");
        }
        if (!attribute.isEmpty()) {
            attributes.add(attribute);
        }
        return new ExtensionConfigurationException("@NetSysctl(" + String.join(", ", attributes) + ") on "
                + where(annotation, element) + ": " + reason);
    }

    /**
     * Names the element and, when the annotation is not written on it directly, where it comes from:
     * {@code KeepaliveTest (through @CertifiedRuntime)} or {@code KeepaliveTest (inherited)}.
     */
    private static String where(NetSysctl annotation, AnnotatedElement element) {
        String where = Elements.describe(element);
        if (Arrays.asList(element.getDeclaredAnnotationsByType(NetSysctl.class)).contains(annotation)) {
            return where;
        }
        for (Annotation present : element.getDeclaredAnnotations()) {
            Class<? extends Annotation> type = present.annotationType();
            if (AnnotationSupport.findRepeatableAnnotations(type, NetSysctl.class).contains(annotation)) {
                return where + " (through @" + type.getSimpleName() + ")";
            }
        }
        return where + " (inherited)";
    }
}
