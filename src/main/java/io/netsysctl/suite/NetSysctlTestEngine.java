package io.netsysctl.suite;

import io.netsysctl.probe.HostSysctlJournal;
import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;

/**
 * The JUnit Platform engine {@value #ENGINE_ID}: runs declarative suite files, one container per suite and
 * one test per check, or per key of an {@code isolated} list. Before the first suite it replays the host
 * sysctl journal, so values left changed by a killed run are restored.
 *
 * <p>Registered through {@code META-INF/services/org.junit.platform.engine.TestEngine}.
 */
public final class NetSysctlTestEngine implements TestEngine {

    /** The engine id, the first segment of every unique id this engine creates. */
    public static final String ENGINE_ID = "netsysctl";

    @Override
    public String getId() {
        return ENGINE_ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        EngineDescriptor engine = new EngineDescriptor(uniqueId, "netsysctl suites");
        new SuiteDiscovery(request, engine).discover();
        return engine;
    }

    @Override
    public void execute(ExecutionRequest request) {
        new SuiteExecutor(request.getEngineExecutionListener(), HostSysctlJournal.fromConfig())
                .execute(request.getRootTestDescriptor());
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("io.netsysctl");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("netsysctl");
    }
}
