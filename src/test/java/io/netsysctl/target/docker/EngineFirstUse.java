package io.netsysctl.target.docker;

import io.netsysctl.RuntimeKind;
import io.netsysctl.SysctlContainer;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.TargetSpec;

/**
 * Connects to the engine once, as the first Docker use of a new JVM does, and prints the chosen API version.
 * With the argument {@code start} it also starts a target and prints the value of one key.
 */
final class EngineFirstUse {

    private EngineFirstUse() {
    }

    public static void main(String[] args) {
        DockerEngine engine = DockerEngine.get();
        System.out.println("apiVersion=" + engine.apiVersion() + " api.version=" + System.getProperty("api.version"));
        if (args.length > 0 && args[0].equals("start")) {
            try (SysctlContainer target = DockerTargets.start(TargetSpec.of(RuntimeKind.DOCKER,
                    DockerTestSupport.BUSYBOX))) {
                System.out.println("read=" + target.read(SysctlKey.parse("net.ipv4.tcp_keepalive_time"))
                        .orElseThrow().normalized());
            }
        }
    }
}
