package io.netsysctl.target.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.RemoveContainerCmd;
import com.github.dockerjava.api.exception.InternalServerErrorException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cleanup after a failure keeps the first cause. A real engine cannot be made to fail a removal on request, so
 * these tests use a fake client whose removal always fails with the engine's HTTP 500 error.
 */
class ContainerRegistryTest {

    private static final String REMOVAL_ERROR = "removal of container abc is already in progress";

    private final List<String> removed = new ArrayList<>();

    private DockerClient failingRemovalClient() {
        return client(new InternalServerErrorException(REMOVAL_ERROR));
    }

    /** Returns a client whose removal throws {@code removalError}, or succeeds when it is null. */
    private DockerClient client(RuntimeException removalError) {
        RemoveContainerCmd command = (RemoveContainerCmd) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoveContainerCmd.class}, (proxy, method, args) -> {
                    if (method.getName().equals("exec")) {
                        if (removalError != null) {
                            throw removalError;
                        }
                        return null;
                    }
                    return proxy;
                });
        return (DockerClient) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DockerClient.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("removeContainerCmd")) {
                        removed.add((String) args[0]);
                        return command;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void failedRemovalStaysTracked() {
        ContainerRegistry.track("not-removed");
        try {
            assertThatThrownBy(() -> ContainerRegistry.remove(failingRemovalClient(), "not-removed"))
                    .isInstanceOf(InternalServerErrorException.class);

            assertThat(ContainerRegistry.isTracked("not-removed")).as("retried by the shutdown hook").isTrue();
        } finally {
            ContainerRegistry.remove(client(null), "not-removed");
        }
        assertThat(ContainerRegistry.isTracked("not-removed")).isFalse();
    }

    @Test
    void failedRemovalIsSuppressedByFailure() {
        IllegalStateException failure = new IllegalStateException("start failed");

        ContainerRegistry.removeAfterFailure(failingRemovalClient(), "abc", failure);

        assertThat(removed).containsExactly("abc");
        assertThat(failure.getSuppressed()).hasSize(1);
        assertThat(failure.getSuppressed()[0]).isInstanceOf(InternalServerErrorException.class)
                .hasMessageContaining(REMOVAL_ERROR);
    }

    @Test
    void removeAfterKeepsWorkFailure() {
        DockerClient client = failingRemovalClient();

        assertThatThrownBy(() -> ContainerRegistry.removeAfter(client, "abc", () -> {
            throw new IllegalStateException("read failed");
        })).isInstanceOf(IllegalStateException.class).hasMessage("read failed")
                .satisfies(e -> assertThat(e.getSuppressed()).hasSize(1));
        assertThat(removed).containsExactly("abc");
    }

    @Test
    void removeAfterReportsRemovalFailureAfterSuccess() {
        DockerClient client = failingRemovalClient();

        assertThatThrownBy(() -> ContainerRegistry.removeAfter(client, "abc", () -> "value"))
                .isInstanceOf(InternalServerErrorException.class).hasMessageContaining(REMOVAL_ERROR);
        assertThat(removed).containsExactly("abc");
    }
}
