package io.netsysctl.assertj;

import static io.netsysctl.assertj.DescriptionOnlyTarget.CONTAINER;
import static io.netsysctl.assertj.DescriptionOnlyTarget.HOST;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Isolation checks that are rejected before any probe runs. */
class IsolationAssertTest {

    @Test
    void noKeysRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NetSysctlAssertions.assertThat(CONTAINER).isIsolatedFrom(HOST).on())
                .withMessage("no key given: name at least one, like on(\"net.ipv4.tcp_keepalive_time\")");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NetSysctlAssertions.assertThat(CONTAINER).isIsolatedFrom(HOST).on(List.of()))
                .withMessage("no key given: name at least one, like on(\"net.ipv4.tcp_keepalive_time\")");
    }

    @Test
    void invalidKeyRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NetSysctlAssertions.assertThat(CONTAINER).isIsolatedFrom(HOST).on("net..ipv4"));
    }

    @Test
    void needsContainerOnOneSide() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> NetSysctlAssertions.assertThat(HOST).isIsolatedFrom(CONTAINER)
                        .on("net.ipv4.tcp_keepalive_time"))
                .withMessage("isolation needs a SysctlContainer on at least one side, but got host (netns 4026531840) "
                        + "and docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451)");
    }
}
