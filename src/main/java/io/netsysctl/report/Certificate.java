package io.netsysctl.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The result of a certification run, written as {@code certificate.json}; docs/report.md describes every
 * field. Fields that depend on a Docker engine are null when none responded.
 *
 * @param verdict passed only when at least one check ran and all passed
 * @param image the image under certification ({@code netsysctl.image})
 * @param imageId the image id the engine reports for {@link #image}
 * @param imageDigest the repository digest of {@link #image}, null for a local build
 * @param runtime the runtimes that ran the checks, comma-separated, such as {@code runc} or {@code sandbox}
 * @param runtimeFallback true when runtime {@code auto} ran checks in the sandbox because no Docker engine
 *     responded
 * @param kernel the kernel release
 * @param engine the Docker engine version
 * @param apiVersion the Docker Engine API version in use
 * @param engineRuntime the engine's default OCI runtime
 * @param hostCongestionControl the host's {@code net.ipv4.tcp_congestion_control}
 * @param startedAt the start of the run, ISO-8601 in UTC
 * @param finishedAt the end of the run, ISO-8601 in UTC
 * @param counts the number of checks per status
 * @param suites the suites in the order they ran
 */
@JsonPropertyOrder({"verdict", "image", "imageId", "imageDigest", "runtime", "runtimeFallback", "kernel", "engine",
    "apiVersion", "engineRuntime", "hostCongestionControl", "startedAt", "finishedAt", "counts", "suites"})
public record Certificate(Verdict verdict, String image, String imageId, String imageDigest, String runtime,
        boolean runtimeFallback, String kernel, String engine, String apiVersion, String engineRuntime,
        String hostCongestionControl, String startedAt, String finishedAt, CheckCounts counts,
        List<SuiteResult> suites) {

    public Certificate {
        suites = List.copyOf(suites);
    }
}
