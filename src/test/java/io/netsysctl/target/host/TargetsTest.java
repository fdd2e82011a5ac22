package io.netsysctl.target.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.RuntimeKind;
import io.netsysctl.target.Targets;
import io.netsysctl.target.docker.DockerEngine;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void explicitRuntimesAreKept() {
        assertThat(Targets.resolve(RuntimeKind.SANDBOX))
                .isEqualTo(new Targets.Resolution(RuntimeKind.SANDBOX, RuntimeKind.SANDBOX, "requested"));
        assertThat(Targets.resolve(RuntimeKind.DOCKER))
                .isEqualTo(new Targets.Resolution(RuntimeKind.DOCKER, RuntimeKind.DOCKER, "requested"));
        assertThat(Targets.resolve(RuntimeKind.SANDBOX).fellBackToSandbox()).isFalse();
    }

    @Test
    void autoFollowsEngineReachability() {
        boolean reachable = DockerEngine.isReachable();

        Targets.Resolution resolution = Targets.resolve(RuntimeKind.AUTO);

        assertThat(resolution.resolved()).isEqualTo(reachable ? RuntimeKind.DOCKER : RuntimeKind.SANDBOX);
        assertThat(resolution.fellBackToSandbox()).isEqualTo(!reachable);
        assertThat(resolution.reason()).isEqualTo(reachable ? "a Docker engine answered"
                : "no Docker engine answered, so the namespace sandbox runs instead");
    }
}
