package io.netsysctl.report;

/**
 * Facts about the machine and engine a run certified on. Engine fields are null when no Docker engine responded.
 *
 * @param kernel the kernel release, from the engine when it responds, otherwise from
 *     {@code /proc/sys/kernel/osrelease}
 * @param engineVersion the Docker engine version
 * @param apiVersion the Docker Engine API version in use
 * @param engineRuntime the engine's default OCI runtime, such as {@code runc} or {@code crun}
 * @param imageId the image id of the certified image, such as {@code sha256:...}
 * @param imageDigest the repository digest of the certified image; null for an image built locally and
 *     never pushed
 * @param hostCongestionControl {@code net.ipv4.tcp_congestion_control} in this JVM's network namespace
 */
public record RunEnvironment(String kernel, String engineVersion, String apiVersion, String engineRuntime,
        String imageId, String imageDigest, String hostCongestionControl) {

    /** Returns whether a Docker engine responded when the facts were collected. */
    public boolean engineReachable() {
        return engineVersion != null;
    }
}
