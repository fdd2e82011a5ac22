package io.netsysctl.target.docker;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.HostConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@code docker run --security-opt} values to a create request the way the docker CLI does. Two of
 * them are not security options of the Engine API: the CLI turns {@code systempaths=unconfined} into empty
 * {@code MaskedPaths} and {@code ReadonlyPaths} (so {@code /proc/sys} is writable), and
 * {@code seccomp=FILE} into the file's JSON. Everything else goes to {@code HostConfig.SecurityOpt} as it is.
 */
final class SecurityOptions {

    static final String SYSTEMPATHS_UNCONFINED = "systempaths=unconfined";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private SecurityOptions() {
    }

    static void apply(CreateContainerCmd cmd, List<String> options) {
        List<String> engineOptions = new ArrayList<>();
        boolean unconfinedPaths = false;
        for (String option : options) {
            if (option.equals(SYSTEMPATHS_UNCONFINED)) {
                unconfinedPaths = true;
            } else if (option.startsWith("seccomp=") && !option.equals("seccomp=unconfined")) {
                engineOptions.add("seccomp=" + readProfile(option.substring("seccomp=".length())));
            } else {
                engineOptions.add(option);
            }
        }
        HostConfig hostConfig = cmd.getHostConfig() == null ? HostConfig.newHostConfig() : cmd.getHostConfig();
        if (unconfinedPaths) {
            hostConfig = JSON.convertValue(hostConfig, UnconfinedPathsHostConfig.class);
        }
        if (!engineOptions.isEmpty()) {
            hostConfig.withSecurityOpts(engineOptions);
        }
        cmd.withHostConfig(hostConfig);
    }

    private static String readProfile(String file) {
        try {
            return JSON.readTree(Files.readString(Path.of(file))).toString();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the seccomp profile of security option seccomp=" + file
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * A host configuration that also sends {@code MaskedPaths} and {@code ReadonlyPaths}, which docker-java
     * 3.7.1 does not model. Empty lists replace the engine's default lists, as the CLI's
     * {@code systempaths=unconfined} does.
     */
    static class UnconfinedPathsHostConfig extends HostConfig {

        private static final long serialVersionUID = 1L;

        @JsonProperty("MaskedPaths")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        private final List<String> maskedPaths = List.of();

        @JsonProperty("ReadonlyPaths")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        private final List<String> readonlyPaths = List.of();

        List<String> maskedPaths() {
            return maskedPaths;
        }

        List<String> readonlyPaths() {
            return readonlyPaths;
        }
    }
}
