package io.netsysctl.target.docker;

import io.netsysctl.target.InfrastructureException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.ResourceReaper;

/**
 * Configures Testcontainers 2.0.5 before its first use, so a library user needs no environment variable.
 *
 * <ul>
 *   <li>API version: docker-java reads the system property {@code api.version} when Testcontainers builds its
 *       client. Without it Testcontainers 2.0.5 pings with API 1.44, which an Engine 20.10 (API 1.41) rejects
 *       with "client version 1.44 is too new", and then falls back to API 1.32 for every request.</li>
 *   <li>Ryuk: Testcontainers 2.0.5 reads only the environment variable {@code TESTCONTAINERS_RYUK_DISABLED}
 *       and otherwise pulls {@code testcontainers/ryuk}. When that variable is not set, this class installs
 *       Testcontainers' own JVM shutdown-hook reaper in its place; netsysctl removes its containers itself.</li>
 *   <li>Host: with {@code /.dockerenv} present Testcontainers inspects the bridge network for a gateway and,
 *       failing that, runs an {@code alpine} container. It reads only {@code TESTCONTAINERS_HOST_OVERRIDE};
 *       when that is not set and the engine is a local Unix socket, this class sets the resolved host to
 *       {@code localhost}. netsysctl maps no ports, so the host is never used to connect.</li>
 *   <li>Startup checks: in 2.0.5 they only compare the engine version through {@code /info} and pull
 *       nothing, so they stay on.</li>
 * </ul>
 *
 * <p>The Ryuk and host settings write private fields of Testcontainers through reflection, because 2.0.5
 * offers no other way than the environment. When that fails the error names the variable to set instead.
 */
final class TestcontainersSetup {

    static final String API_VERSION_PROPERTY = "api.version";

    private static final Logger LOG = LoggerFactory.getLogger(TestcontainersSetup.class);

    private TestcontainersSetup() {
    }

    /** Applies every setting; call once, before anything else touches Testcontainers. */
    static void apply(ApiVersion apiVersion, EngineEndpoint endpoint) {
        System.setProperty(API_VERSION_PROPERTY, apiVersion.toString());
        disableRyuk();
        overrideHost(endpoint);
    }

    private static void disableRyuk() {
        String variable = System.getenv("TESTCONTAINERS_RYUK_DISABLED");
        if (variable != null && !variable.isBlank()) {
            LOG.debug("TESTCONTAINERS_RYUK_DISABLED={} is set; Testcontainers decides on Ryuk", variable);
            return;
        }
        try {
            Field instance = ResourceReaper.class.getDeclaredField("instance");
            instance.setAccessible(true);
            synchronized (ResourceReaper.class) {
                if (instance.get(null) != null) {
                    LOG.debug("Testcontainers' resource reaper already exists; left as it is");
                    return;
                }
                Class<?> hookReaper = Class.forName("org.testcontainers.utility.JVMHookResourceReaper");
                Constructor<?> constructor = hookReaper.getDeclaredConstructor();
                constructor.setAccessible(true);
                instance.set(null, constructor.newInstance());
            }
            LOG.debug("Ryuk disabled: netsysctl removes its containers itself");
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new InfrastructureException("cannot disable Testcontainers' Ryuk reaper, whose image netsysctl "
                    + "never pulls: set the environment variable TESTCONTAINERS_RYUK_DISABLED=true", e);
        }
    }

    private static void overrideHost(EngineEndpoint endpoint) {
        String variable = System.getenv("TESTCONTAINERS_HOST_OVERRIDE");
        if ((variable != null && !variable.isBlank()) || !endpoint.isUnixSocket()) {
            return;
        }
        try {
            DockerClientFactory factory = DockerClientFactory.instance();
            factory.getTransportConfig();
            Field strategyField = DockerClientFactory.class.getDeclaredField("strategy");
            strategyField.setAccessible(true);
            Object strategy = strategyField.get(factory);
            Field hostField = org.testcontainers.dockerclient.DockerClientProviderStrategy.class
                    .getDeclaredField("dockerHostIpAddress");
            hostField.setAccessible(true);
            synchronized (strategy) {
                if (hostField.get(strategy) == null) {
                    hostField.set(strategy, "localhost");
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new InfrastructureException("cannot set Testcontainers' host to localhost: set the environment "
                    + "variable TESTCONTAINERS_HOST_OVERRIDE=localhost", e);
        }
    }
}
