package io.netsysctl.target.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import io.netsysctl.NetSysctlConfig;
import io.netsysctl.model.ImageReference;
import io.netsysctl.target.InfrastructureException;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The Docker engine netsysctl talks to, with the API version negotiated once per JVM.
 *
 * <p>The engine is the one {@code DOCKER_HOST} names, else {@code unix:///var/run/docker.sock}. On first use
 * netsysctl asks it for {@code GET /version} over the socket itself, then chooses the API version:
 * {@link NetSysctlConfig#DOCKER_API_VERSION} when set, else the system property {@code api.version} when set,
 * else the lower of the engine's highest version and 1.44, the highest the bundled client speaks. It then
 * configures Testcontainers (see {@link TestcontainersSetup}) and removes containers that an earlier,
 * killed JVM left behind.
 */
public final class DockerEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DockerEngine.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static DockerEngine instance;

    private final EngineEndpoint endpoint;
    private final String version;
    private final ApiVersion engineApiVersion;
    private final ApiVersion apiVersion;
    private final String defaultRuntime;
    private final String kernelVersion;

    private DockerEngine(EngineEndpoint endpoint, String version, ApiVersion engineApiVersion, ApiVersion apiVersion,
            String defaultRuntime, String kernelVersion) {
        this.endpoint = endpoint;
        this.version = version;
        this.engineApiVersion = engineApiVersion;
        this.apiVersion = apiVersion;
        this.defaultRuntime = defaultRuntime;
        this.kernelVersion = kernelVersion;
    }

    /** Returns whether a Docker engine answers, without starting anything. */
    public static boolean isReachable() {
        try {
            return EngineEndpoint.fromEnvironment().get("/version").status() == 200;
        } catch (IOException | RuntimeException e) {
            LOG.debug("no Docker engine answers: {}", e.toString());
            return false;
        }
    }

    /**
     * Returns the engine, connecting and negotiating on the first call.
     *
     * @throws InfrastructureException when no engine answers, naming the address and how to start one
     */
    public static synchronized DockerEngine get() {
        if (instance == null) {
            instance = connect();
        }
        return instance;
    }

    private static DockerEngine connect() {
        EngineEndpoint endpoint;
        try {
            endpoint = EngineEndpoint.fromEnvironment();
        } catch (IllegalArgumentException e) {
            throw new InfrastructureException(e.getMessage() + "; set DOCKER_HOST to a unix:// or tcp:// address", e);
        }
        JsonNode versionJson = request(endpoint, "/version");
        JsonNode infoJson = request(endpoint, "/info");
        String version = versionJson.path("Version").asText("unknown");
        ApiVersion engineApi = ApiVersion.parse(versionJson.path("ApiVersion").asText("1.24"));
        String engineMin = versionJson.path("MinAPIVersion").asText("");
        ApiVersion chosen = chooseApiVersion(endpoint, version, engineApi, engineMin);
        DockerEngine engine = new DockerEngine(endpoint, version, engineApi, chosen,
                infoJson.path("DefaultRuntime").asText("runc"),
                versionJson.path("KernelVersion").asText(infoJson.path("KernelVersion").asText("unknown")));
        TestcontainersSetup.apply(chosen, endpoint);
        ContainerRegistry.removeStaleContainers(engine.client());
        return engine;
    }

    private static ApiVersion chooseApiVersion(EngineEndpoint endpoint, String version, ApiVersion engineApi,
            String engineMin) {
        String override = NetSysctlConfig.get(NetSysctlConfig.DOCKER_API_VERSION, null);
        if (override != null) {
            ApiVersion chosen = parseSetting(NetSysctlConfig.DOCKER_API_VERSION, override);
            LOG.info("Docker engine {} at {} supports API {} to {}; using {} from {}", version, endpoint,
                    engineMin, engineApi, chosen, NetSysctlConfig.DOCKER_API_VERSION);
            return chosen;
        }
        String property = System.getProperty(TestcontainersSetup.API_VERSION_PROPERTY);
        if (property != null && !property.isBlank()) {
            ApiVersion chosen = parseSetting(TestcontainersSetup.API_VERSION_PROPERTY, property);
            LOG.info("Docker engine {} at {} supports API {} to {}; using {} from the system property {}", version,
                    endpoint, engineMin, engineApi, chosen, TestcontainersSetup.API_VERSION_PROPERTY);
            return chosen;
        }
        if (engineApi.compareTo(ApiVersion.CLIENT_MIN) < 0) {
            throw new InfrastructureException("the Docker engine " + version + " at " + endpoint + " speaks API "
                    + engineApi + ", below " + ApiVersion.CLIENT_MIN + " (Docker 1.12), the first with container "
                    + "sysctls; upgrade the engine");
        }
        ApiVersion chosen = ApiVersion.min(engineApi, ApiVersion.CLIENT_MAX);
        LOG.info("Docker engine {} at {} supports API {} to {}; the client supports up to {}; using {}", version,
                endpoint, engineMin, engineApi, ApiVersion.CLIENT_MAX, chosen);
        return chosen;
    }

    private static ApiVersion parseSetting(String key, String value) {
        try {
            return ApiVersion.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InfrastructureException(key + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode request(EngineEndpoint endpoint, String path) {
        EngineEndpoint.Response response;
        try {
            response = endpoint.get(path);
        } catch (IOException | RuntimeException e) {
            throw new InfrastructureException(unreachableMessage(endpoint, e), e);
        }
        if (response.status() != 200) {
            throw new InfrastructureException("the Docker engine at " + endpoint + " returned HTTP "
                    + response.status() + " for GET " + path + ": " + response.body().strip());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new InfrastructureException("the Docker engine at " + endpoint + " sent invalid JSON for GET "
                    + path + ": " + e.getMessage(), e);
        }
    }

    static String unreachableMessage(EngineEndpoint endpoint, Exception cause) {
        return "no Docker engine answers at " + endpoint + " (" + cause.getClass().getSimpleName() + ": "
                + cause.getMessage() + "): start dockerd or run scripts/prepare-host.sh as root; set DOCKER_HOST "
                + "for another engine";
    }

    /** Returns the engine's address, for example {@code unix:///var/run/docker.sock}. */
    public String address() {
        return endpoint.toString();
    }

    /** Returns the engine's version, for example {@code 20.10.24+dfsg1}. */
    public String version() {
        return version;
    }

    /** Returns the API version netsysctl and Testcontainers use, for example {@code 1.41}. */
    public String apiVersion() {
        return apiVersion.toString();
    }

    /** Returns the highest API version the engine supports. */
    public String engineApiVersion() {
        return engineApiVersion.toString();
    }

    /** Returns the engine's default OCI runtime, for example {@code runc}. */
    public String defaultRuntime() {
        return defaultRuntime;
    }

    /** Returns the kernel version the engine reports, for example {@code 6.18.0-1-amd64}. */
    public String kernelVersion() {
        return kernelVersion;
    }

    /** Returns the local image id ({@code sha256:...}) of {@code image}, or empty when the engine lacks it. */
    public Optional<String> imageId(String image) {
        return inspectImage(image).map(json -> json.path("Id").asText());
    }

    /** Returns the first repository digest of {@code image}; empty for locally built or loaded images. */
    public Optional<String> imageDigest(String image) {
        return inspectImage(image).flatMap(json -> {
            JsonNode digests = json.path("RepoDigests");
            return digests.isArray() && digests.size() > 0 ? Optional.of(digests.get(0).asText()) : Optional.empty();
        });
    }

    private Optional<JsonNode> inspectImage(String image) {
        requireImageReference(image);
        EngineEndpoint.Response response;
        try {
            response = endpoint.get("/images/" + image + "/json");
        } catch (IOException e) {
            throw new InfrastructureException(unreachableMessage(endpoint, e), e);
        }
        if (response.status() == 404) {
            return Optional.empty();
        }
        if (response.status() != 200) {
            throw new InfrastructureException("the Docker engine at " + endpoint + " returned HTTP "
                    + response.status() + " for the inspect of image " + image + ": " + response.body().strip());
        }
        try {
            return Optional.of(JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new InfrastructureException("invalid JSON for the inspect of image " + image + ": " + e, e);
        }
    }

    /**
     * Checks an image reference before it becomes part of an engine request path. Characters outside the
     * reference syntax and {@code ..}, which no valid reference contains, would change which request is sent.
     *
     * @throws IllegalArgumentException naming the reference and the accepted form
     */
    static void requireImageReference(String image) {
        if (!ImageReference.isValid(image)) {
            throw new IllegalArgumentException("invalid image reference '" + image + "': it must start with a "
                    + "letter or digit and contain only letters, digits and . _ : / @ + -; write name[:tag] or "
                    + "name@sha256:digest, for example netsysctl/busybox:local");
        }
    }

    /** Returns Testcontainers' client, configured for the negotiated API version. */
    DockerClient client() {
        return DockerClientFactory.instance().client();
    }

    boolean isLocal() {
        return endpoint.isUnixSocket();
    }
}
