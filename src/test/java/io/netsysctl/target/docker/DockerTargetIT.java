package io.netsysctl.target.docker;

import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.TargetSpec;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DockerTargetIT {

    private static final SysctlKey KEEPALIVE_TIME = SysctlKey.parse("net.ipv4.tcp_keepalive_time");

    @BeforeAll
    static void engine() {
        DockerTestSupport.requireEngine();
    }

    @Test
    void readsValueSetAtStart() {
        TargetSpec spec = TargetSpec.of(RuntimeKind.DOCKER, DockerTestSupport.BUSYBOX)
                .withSysctls(Map.of(KEEPALIVE_TIME, "600"));
        try (SysctlContainer target = DockerTargets.start(spec)) {
            assertThat(target.read(KEEPALIVE_TIME)).hasValueSatisfying(v -> assertThat(v.asLong()).isEqualTo(600));
            System.out.println(target.description());
        }
    }
}
