package io.netsysctl.junit;

import io.netsysctl.HostNamespace;
import io.netsysctl.SysctlContainer;
import io.netsysctl.config.Placeholders;
import io.netsysctl.target.Targets;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * Finds the targets visible from an extension context and starts each at most once, in the store of the
 * context whose class or method declares it. A test sees the targets of its method, of its class and of the
 * classes enclosing a {@code @Nested} class. The innermost declaration of a name wins.
 */
final class TargetScopes {

    static final Namespace NAMESPACE = Namespace.create(NetSysctlExtension.class);

    /**
     * A class or method and the targets it declares.
     *
     * @param context the innermost context whose element is {@code element}
     */
    record Scope(ExtensionContext context, AnnotatedElement element, List<TargetDeclaration> declarations) {
    }

    /**
     * The store key of a started target. The store looks keys up in parent contexts too, so the key names the
     * declaring element: a method's target never resolves to a class target of the same name.
     */
    private record TargetKey(AnnotatedElement declaredOn, String name) {
    }

    private final Placeholders placeholders;

    TargetScopes(Placeholders placeholders) {
        this.placeholders = placeholders;
    }

    /** Returns the scopes visible from {@code context}, innermost first. */
    List<Scope> chain(ExtensionContext context) {
        List<Scope> scopes = new ArrayList<>();
        AnnotatedElement previous = null;
        for (Optional<ExtensionContext> current = Optional.of(context); current.isPresent();
                current = current.get().getParent()) {
            Optional<AnnotatedElement> element = current.get().getElement();
            // A repeated or parameterized test nests invocation contexts in a context of the same method.
            if (element.isEmpty() || element.get().equals(previous)) {
                continue;
            }
            previous = element.get();
            scopes.add(new Scope(current.get(), previous, TargetDeclaration.findOn(previous, placeholders)));
        }
        return scopes;
    }

    /** Returns the scope of {@code context}'s own class or method. */
    Scope own(ExtensionContext context) {
        AnnotatedElement element = context.getElement().orElseThrow();
        return new Scope(context, element, TargetDeclaration.findOn(element, placeholders));
    }

    /** Returns the started target of a declaration in {@code scope}, starting it on first use. */
    static SysctlContainer target(Scope scope, TargetDeclaration declaration) {
        TargetKey key = new TargetKey(declaration.declaredOn(), declaration.name());
        return scope.context().getStore(NAMESPACE)
                .getOrComputeIfAbsent(key, k -> ManagedTarget.start(declaration), ManagedTarget.class)
                .container();
    }

    /**
     * Returns the target named {@code name} visible from {@code context}.
     *
     * @throws IllegalArgumentException saying which names are declared when none matches
     */
    SysctlContainer target(ExtensionContext context, String name) {
        List<Scope> scopes = chain(context);
        for (Scope scope : scopes) {
            for (TargetDeclaration declaration : scope.declarations()) {
                if (declaration.name().equals(name)) {
                    return target(scope, declaration);
                }
            }
        }
        List<String> declared = scopes.stream()
                .flatMap(scope -> scope.declarations().stream())
                .map(TargetDeclaration::label)
                .collect(Collectors.toList());
        String missing = name.isEmpty() ? "no @NetSysctl without a name" : "no @NetSysctl(name = \"" + name + "\")";
        if (declared.isEmpty()) {
            throw new IllegalArgumentException(missing
                    + " in scope: annotate the test class or method with @NetSysctl");
        }
        String fix = name.isEmpty() ? ": pick one with @NetSysctlTarget(\"name\")" : "";
        throw new IllegalArgumentException(missing + " in scope; declared: " + String.join(", ", declared) + fix);
    }

    /** Returns the host, one instance per test run. */
    static HostNamespace host(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(HostNamespace.class, k -> Targets.host(), HostNamespace.class);
    }
}
