package io.netsysctl.junit;

import io.netsysctl.SysctlContainer;
import io.netsysctl.target.Targets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A target started for one {@link TargetDeclaration}, kept in the extension context store. JUnit closes the
 * store's values when their class or method ends, so the target is removed on every path, including failed
 * tests and failed setup. JUnit 5.13 and later close AutoCloseable values unless
 * {@code junit.jupiter.extensions.store.close.autocloseable.enabled} is false; the deprecated
 * {@link ExtensionContext.Store.CloseableResource} keeps the removal working in that case too, and JUnit calls
 * only one of the two.
 */
@SuppressWarnings("deprecation")
record ManagedTarget(TargetDeclaration declaration, SysctlContainer container)
        implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    private static final Logger LOG = LoggerFactory.getLogger(ManagedTarget.class);

    static ManagedTarget start(TargetDeclaration declaration) {
        long started = System.nanoTime();
        LOG.debug("Starting target {}: {}", declaration.label(), declaration.spec());
        SysctlContainer container;
        try {
            container = Targets.start(declaration.spec());
        } catch (RuntimeException e) {
            // The runtime's message does not say which @NetSysctl it belongs to when a test declares several.
            LOG.warn("Failed to start the target of @NetSysctl {} after {} ms: {}", declaration.label(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), e.getMessage());
            throw e;
        }
        LOG.info("Started {} for @NetSysctl {} in {} ms", container.description(), declaration.label(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return new ManagedTarget(declaration, container);
    }

    @Override
    public void close() {
        LOG.info("Removing {} of @NetSysctl {}", container.description(), declaration.label());
        container.close();
    }
}
