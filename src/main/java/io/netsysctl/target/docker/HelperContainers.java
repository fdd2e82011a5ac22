package io.netsysctl.target.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.model.HostConfig;
import io.netsysctl.NetSysctlConfig;
import io.netsysctl.target.InfrastructureException;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts short-lived BusyBox containers from {@link NetSysctlConfig#HELPER_IMAGE}: readers beside a shell-less
 * target, writers for {@link DockerTarget#setFromHost} and throwaway containers for fresh-namespace values.
 * They run the image's default command, are labelled like targets and are removed by their owner.
 */
final class HelperContainers {

    private static final Logger LOG = LoggerFactory.getLogger(HelperContainers.class);

    private HelperContainers() {
    }

    static String image() {
        return NetSysctlConfig.get(NetSysctlConfig.HELPER_IMAGE, NetSysctlConfig.DEFAULT_HELPER_IMAGE);
    }

    /**
     * Creates and starts a helper container.
     *
     * @param role the value of the role label, for example {@code helper}
     * @param hostConfig adds namespaces and security options to the helper's host configuration
     * @return the container id; the caller removes it with {@link ContainerRegistry#remove}
     */
    static String start(DockerEngine engine, String role, Consumer<HostConfig> hostConfig) {
        return start(engine, role, hostConfig, List.of());
    }

    /** Creates and starts a helper container with {@code docker run --security-opt} values. */
    static String start(DockerEngine engine, String role, Consumer<HostConfig> hostConfig,
            List<String> securityOpt) {
        String image = image();
        try {
            ContainerStarter.requireImage(engine, image);
        } catch (InfrastructureException e) {
            throw new InfrastructureException(e.getMessage() + ". The helper image is set by "
                    + NetSysctlConfig.HELPER_IMAGE + " and needs a static BusyBox", e);
        }
        DockerClient client = engine.client();
        HostConfig config = HostConfig.newHostConfig();
        hostConfig.accept(config);
        CreateContainerResponse created;
        try {
            CreateContainerCmd create = client.createContainerCmd(image).withLabels(ContainerRegistry.labels(role))
                    .withHostConfig(config);
            SecurityOptions.apply(create, securityOpt);
            created = create.exec();
        } catch (DockerException e) {
            throw new InfrastructureException("cannot create a " + role + " container of " + image + ": "
                    + EngineErrors.messageOf(e), e);
        }
        String id = created.getId();
        ContainerRegistry.track(id);
        try {
            client.startContainerCmd(id).exec();
        } catch (DockerException e) {
            InfrastructureException failure = new InfrastructureException("cannot start a " + role + " container of "
                    + image + ": " + EngineErrors.messageOf(e), e);
            ContainerRegistry.removeAfterFailure(client, id, failure);
            throw failure;
        }
        LOG.debug("started {} container {} of {}", role, ContainerRegistry.shortId(id), image);
        return id;
    }
}
