package io.netsysctl.target.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.target.Targets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Creates throwaway network namespaces on this kernel; needs root or unprivileged user namespaces. */
class FreshNamespaceIT {

    private static final SysctlKey KEEPALIVE_TIME = SysctlKey.parse("net.ipv4.tcp_keepalive_time");
    private static final SysctlKey SOMAXCONN = SysctlKey.parse("net.core.somaxconn");
    private static final SysctlKey CONGESTION_CONTROL = SysctlKey.parse("net.ipv4.tcp_congestion_control");
    private static final SysctlKey NETDEV_MAX_BACKLOG = SysctlKey.parse("net.core.netdev_max_backlog");
    private static final SysctlKey TCP_RMEM = SysctlKey.parse("net.ipv4.tcp_rmem");

    @Test
    void freshNamespaceHasKernelDefaults() {
        Map<SysctlKey, Optional<SysctlValue>> fresh = FreshNamespace.read(List.of(KEEPALIVE_TIME, SOMAXCONN,
                NETDEV_MAX_BACKLOG));

        assertThat(fresh.keySet()).containsExactly(KEEPALIVE_TIME, SOMAXCONN, NETDEV_MAX_BACKLOG);
        assertThat(fresh.get(KEEPALIVE_TIME)).map(SysctlValue::raw).contains("7200\n");
        assertThat(fresh.get(SOMAXCONN)).map(SysctlValue::raw).contains("4096\n");
        assertThat(fresh.get(NETDEV_MAX_BACKLOG)).as("exists only in the initial namespace").isEmpty();
    }

    @Test
    void freshNamespaceCopiesHostValues() {
        List<SysctlKey> keys = List.of(CONGESTION_CONTROL, TCP_RMEM);

        Map<SysctlKey, Optional<SysctlValue>> fresh = FreshNamespace.read(keys);

        assertThat(fresh).isEqualTo(Targets.host().read(keys));
    }

    @Test
    void privilegeIsRootHere() {
        assertThat(NamespacePrivilege.detect()).isEqualTo(NamespacePrivilege.isRoot()
                ? NamespacePrivilege.ROOT
                : NamespacePrivilege.USER_NAMESPACE);
        assertThat(NamespacePrivilege.ROOT.unshare("--net")).containsExactly("unshare", "--net");
        assertThat(NamespacePrivilege.USER_NAMESPACE.unshare("--net"))
                .containsExactly("unshare", "--user", "--map-root-user", "--net");
        assertThat(NamespacePrivilege.USER_NAMESPACE.nsenter(42, "--net"))
                .containsExactly("nsenter", "-t", "42", "--user", "--preserve-credentials", "--net");
    }
}
