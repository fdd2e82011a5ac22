package io.netsysctl.junit;

import io.netsysctl.SysctlContainer;
import io.netsysctl.target.Targets;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A target started for one {@link TargetDeclaration}, kept in the extension context store. JUnit closes
 * AutoCloseable store values when their class or method ends, so the target is removed on every path,
 * including failed tests and failed setup.
 */
record ManagedTarget(TargetDeclaration declaration, SysctlContainer container) implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ManagedTarget.class);

    static ManagedTarget start(TargetDeclaration declaration) {
        long started = System.nanoTime();
        LOG.debug("Starting target {}: {}", declaration.label(), declaration.spec());
        SysctlContainer container = Targets.start(declaration.spec());
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
