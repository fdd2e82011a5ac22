package io.netsysctl;

/**
 * Every configuration key netsysctl reads, with its default. Each is read from the JVM system properties
 * first, then from the environment variable named in its description.
 */
public final class NetSysctlConfig {

    /**
     * The image to certify, used where a suite or an annotation writes {@code ${netsysctl.image}}.
     * Environment: {@code NETSYSCTL_IMAGE}. Default: {@value #DEFAULT_IMAGE}.
     */
    public static final String IMAGE = "netsysctl.image";

    /** The image certified when {@link #IMAGE} is not set, built locally by {@code scripts/prepare-host.sh}. */
    public static final String DEFAULT_IMAGE = "netsysctl/busybox:local";

    /**
     * The suite file or folder the suite engine runs. Environment: {@code NETSYSCTL_SUITES}.
     * Default: {@value #DEFAULT_SUITES}, relative to the working directory.
     */
    public static final String SUITES = "netsysctl.suites";

    /** The suite folder used when {@link #SUITES} is not set. */
    public static final String DEFAULT_SUITES = "suites";

    /**
     * The folder for the certificate and Allure output. Environment: {@code NETSYSCTL_REPORTS}.
     * Default: {@value #DEFAULT_REPORTS}.
     */
    public static final String REPORTS = "netsysctl.reports";

    /** The report folder used when {@link #REPORTS} is not set. */
    public static final String DEFAULT_REPORTS = "reports";

    /**
     * The image netsysctl starts as a helper next to targets whose image has no shell. It needs a static
     * BusyBox. Environment: {@code NETSYSCTL_HELPER_IMAGE}. Default: {@value #DEFAULT_HELPER_IMAGE}.
     */
    public static final String HELPER_IMAGE = "netsysctl.helper.image";

    /** The helper image used when {@link #HELPER_IMAGE} is not set. */
    public static final String DEFAULT_HELPER_IMAGE = "netsysctl/busybox:local";

    /**
     * The Docker Engine API version to use, for example {@code 1.41}. Default: docker-java's own system property
     * {@code api.version} when set, else negotiated: the lower of the engine's highest version (from
     * {@code GET /version}) and 1.44, the highest the bundled client speaks. Environment:
     * {@code NETSYSCTL_DOCKER_API_VERSION}.
     *
     * <p>Before its first use of Testcontainers, netsysctl also sets {@code api.version} to the chosen version,
     * disables the Ryuk reaper unless {@code TESTCONTAINERS_RYUK_DISABLED} is set, and sets the Docker host to
     * {@code localhost} for a Unix socket engine unless {@code TESTCONTAINERS_HOST_OVERRIDE} is set, so no
     * helper image is ever pulled. netsysctl removes its own containers.
     */
    public static final String DOCKER_API_VERSION = "netsysctl.docker.apiVersion";

    /**
     * The file that records host sysctl values before a probe changes them, replayed at the next start if a
     * run was killed. Environment: {@code NETSYSCTL_JOURNAL}. Default: {@value #DEFAULT_JOURNAL}.
     */
    public static final String JOURNAL = "netsysctl.journal";

    /** The journal file used when {@link #JOURNAL} is not set. */
    public static final String DEFAULT_JOURNAL = "/var/tmp/netsysctl/host-sysctl.journal";

    private NetSysctlConfig() {
    }

    /** Returns the value of {@code key} from the system properties, then the environment, else the default. */
    public static String get(String key, String defaultValue) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentName(key));
        }
        return value == null || value.isBlank() ? defaultValue : value;
    }

    /**
     * Returns the environment variable for a key: {@code netsysctl.helper.image} gives
     * {@code NETSYSCTL_HELPER_IMAGE}.
     */
    public static String environmentName(String key) {
        return key.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }
}
