package io.netsysctl.report;

import io.netsysctl.target.docker.DockerEngine;
import io.netsysctl.target.host.ProcSysFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects the {@link RunEnvironment} from {@code /proc} and, when it is reachable, the Docker engine. */
final class RunEnvironmentProbe {

    private static final Logger LOG = LoggerFactory.getLogger(RunEnvironmentProbe.class);

    private RunEnvironmentProbe() {
    }

    /** Collects the facts for a run that certified {@code image}; never throws, unknown facts are null. */
    static RunEnvironment probe(String image) {
        String kernel = readProcSys("kernel/osrelease");
        // NOTE: this is the JVM's own network namespace, which is the host's unless the build runs in a container.
        String congestionControl = readProcSys("net/ipv4/tcp_congestion_control");
        if (!DockerEngine.isReachable()) {
            return new RunEnvironment(kernel, null, null, null, null, null, congestionControl);
        }
        try {
            DockerEngine engine = DockerEngine.get();
            String engineKernel = engine.kernelVersion();
            return new RunEnvironment(
                    engineKernel == null || "unknown".equals(engineKernel) ? kernel : engineKernel,
                    engine.version(),
                    engine.apiVersion(),
                    engine.defaultRuntime(),
                    engine.imageId(image).orElse(null),
                    engine.imageDigest(image).orElse(null),
                    congestionControl);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the Docker engine facts for the certificate, so they are left empty: {}",
                    e.toString());
            return new RunEnvironment(kernel, null, null, null, null, null, congestionControl);
        }
    }

    private static String readProcSys(String path) {
        Path file = Path.of("/proc/sys", path);
        try {
            return ProcSysFiles.readProcFile(file).strip();
        } catch (IOException e) {
            LOG.warn("Could not read {} for the certificate: {}", file, e.toString());
            return null;
        }
    }
}
