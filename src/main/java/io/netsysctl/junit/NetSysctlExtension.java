package io.netsysctl.junit;

import io.netsysctl.NetSysctl;
import io.netsysctl.NetSysctlTarget;
import io.netsysctl.SysctlContainer;
import io.netsysctl.allure.AllureReport;
import io.netsysctl.config.Placeholders;
import java.lang.reflect.Parameter;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The JUnit Jupiter extension behind {@link NetSysctl}: starts the declared targets, injects them and the host
 * into parameters and fields, and leaves their removal to the extension context store. Registered by the
 * annotation; not meant to be used directly.
 */
public final class NetSysctlExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    private final TargetScopes scopes;
    private final Injection injection;

    /** Creates the extension; JUnit calls this for every class annotated with {@link NetSysctl}. */
    public NetSysctlExtension() {
        this.scopes = new TargetScopes(Placeholders.system());
        this.injection = new Injection(scopes);
    }

    /** Starts the class's targets, so a failed start fails the class once, then sets static fields. */
    @Override
    public void beforeAll(ExtensionContext context) {
        startAll(scopes.own(context));
        injection.injectStaticFields(context, context.getRequiredTestClass());
    }

    /** Starts the method's targets, sets instance fields and records every target in scope in the report. */
    @Override
    public void beforeEach(ExtensionContext context) {
        startAll(scopes.own(context));
        injection.injectInstanceFields(context);
        for (TargetScopes.Scope scope : scopes.chain(context)) {
            for (TargetDeclaration declaration : scope.declarations()) {
                SysctlContainer target = TargetScopes.target(scope, declaration);
                AllureReport.target(declaration.name(), target);
            }
        }
    }

    private static void startAll(TargetScopes.Scope scope) {
        for (TargetDeclaration declaration : scope.declarations()) {
            TargetScopes.target(scope, declaration);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return Injection.handles(parameterContext.getParameter().getType(), qualifier(parameterContext));
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Parameter parameter = parameterContext.getParameter();
        String element = "parameter " + parameter.getName() + " of "
                + Elements.signature(parameterContext.getDeclaringExecutable());
        try {
            return injection.resolve(extensionContext, parameter.getType(), qualifier(parameterContext), element);
        } catch (IllegalArgumentException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    private static Optional<NetSysctlTarget> qualifier(ParameterContext parameterContext) {
        return parameterContext.findAnnotation(NetSysctlTarget.class);
    }
}
