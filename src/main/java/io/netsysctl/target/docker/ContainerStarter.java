package io.netsysctl.target.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.HostConfig;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.TargetSpec;
import io.netsysctl.target.TargetStartException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Starts the container of a {@link TargetSpec} with Testcontainers and turns every way a start can fail into
 * a {@link TargetStartException} (the runtime rejected the settings) or an {@link InfrastructureException}
 * (the machine or the image cannot run it). A failed start leaves no container behind.
 */
final class ContainerStarter {

    /** A label unique to one start, to find the container when Testcontainers fails before it returns an id. */
    static final String START_LABEL = "io.netsysctl.start";

    private static final Logger LOG = LoggerFactory.getLogger(ContainerStarter.class);
    private static final int LOG_TAIL_LINES = 20;

    private ContainerStarter() {
    }

    static DockerTarget start(TargetSpec spec) {
        DockerEngine engine = DockerEngine.get();
        String image = requireImage(engine, spec.image());
        DockerClient client = engine.client();
        String startId = UUID.randomUUID().toString();
        Map<String, String> labels = new HashMap<>(ContainerRegistry.labels("target"));
        labels.put(START_LABEL, startId);

        ExitRecordingStartupCheck startupCheck = new ExitRecordingStartupCheck(LOG_TAIL_LINES);
        @SuppressWarnings("resource") // closed through DockerTarget.close, which removes the container
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withImagePullPolicy(name -> false)
                .withStartupAttempts(1)
                .withStartupCheckStrategy(startupCheck)
                .withLabels(labels)
                .withCreateContainerCmdModifier(cmd -> {
                    configure(cmd.getHostConfig(), spec);
                    SecurityOptions.apply(cmd, spec.securityOpt());
                });
        long started = System.nanoTime();
        try {
            container.start();
        } catch (RuntimeException e) {
            throw failure(engine, client, spec, startId, startupCheck, e);
        }
        String id = container.getContainerId();
        ContainerRegistry.track(id);
        LOG.info("started container {} of {} in {} ms", ContainerRegistry.shortId(id), image,
                (System.nanoTime() - started) / 1_000_000);
        try {
            return new DockerTarget(engine, client, id, spec, client.inspectContainerCmd(id).exec());
        } catch (RuntimeException e) {
            ContainerRegistry.removeAfterFailure(client, id, e);
            throw e;
        }
    }

    static String requireImage(DockerEngine engine, String image) {
        if (image == null || image.isBlank()) {
            throw new InfrastructureException("no image given for the Docker target; set netsysctl.image or the "
                    + "image of the target");
        }
        if (engine.imageId(image).isEmpty()) {
            throw new InfrastructureException("image " + image + " not found on the Docker engine ("
                    + engine.version() + "); build it or docker load it, because netsysctl never pulls. The default "
                    + "images are built by scripts/prepare-host.sh (as root)");
        }
        return image;
    }

    private static void configure(HostConfig hostConfig, TargetSpec spec) {
        Map<String, String> sysctls = new LinkedHashMap<>();
        for (Map.Entry<SysctlKey, String> entry : spec.sysctls().entrySet()) {
            sysctls.put(entry.getKey().dotted(), entry.getValue());
        }
        if (!sysctls.isEmpty()) {
            hostConfig.withSysctls(sysctls);
        }
        hostConfig.withNetworkMode(switch (spec.network()) {
            case BRIDGE -> "bridge";
            case NONE -> "none";
            case HOST -> "host";
        });
        if (spec.privileged()) {
            hostConfig.withPrivileged(true);
        }
    }

    private static RuntimeException failure(DockerEngine engine, DockerClient client, TargetSpec spec,
            String startId, ExitRecordingStartupCheck startupCheck, RuntimeException error) {
        RuntimeException failure = error;
        try {
            failure = classify(engine, spec, startupCheck, error);
            return failure;
        } finally {
            // A removal error is added to the returned failure, so it never hides why the start failed.
            RuntimeException cause = failure;
            findByStartLabel(client, startId).ifPresent(
                    container -> ContainerRegistry.removeAfterFailure(client, container.getId(), cause));
        }
    }

    private static RuntimeException classify(DockerEngine engine, TargetSpec spec,
            ExitRecordingStartupCheck startupCheck, RuntimeException error) {
        Optional<String> runtimeMessage = engineMessage(error);
        if (runtimeMessage.isPresent()) {
            return rejected(spec, runtimeMessage.get(), error);
        }
        Optional<ExitRecordingStartupCheck.Exit> exit = startupCheck.exit();
        if (exit.isPresent()) {
            return exitedEarly(spec, exit.get(), error);
        }
        return new InfrastructureException("cannot start a container of " + spec.image() + " on the Docker "
                + "engine " + engine.version() + " at " + engine.address() + ": " + rootMessage(error), error);
    }

    private static RuntimeException rejected(TargetSpec spec, String runtimeMessage, RuntimeException error) {
        if (runtimeMessage.contains("unable to apply caps")) {
            return new InfrastructureException("the runtime cannot start a privileged container on this machine: "
                    + runtimeMessage + ". The capability bounding set of the engine lacks a capability that "
                    + "--privileged grants. For a writable /proc/sys use securityOpt: [systempaths=unconfined] "
                    + "instead of privileged: true", error);
        }
        return new TargetStartException("the runtime rejected the container of " + spec.image() + " with "
                + describe(spec) + ": " + runtimeMessage, runtimeMessage, error);
    }

    private static RuntimeException exitedEarly(TargetSpec spec, ExitRecordingStartupCheck.Exit exit,
            RuntimeException error) {
        if (!exit.error().isEmpty()) {
            return rejected(spec, exit.error(), error);
        }
        return new InfrastructureException("the container of " + spec.image() + " exited with code "
                + exit.exitCode() + " right after start: the image's command ended, but a target must keep running "
                + "(for example CMD [\"sleep\", \"infinity\"]). Last " + LOG_TAIL_LINES + " log lines:\n"
                + (exit.logTail().isBlank() ? "(no output)" : exit.logTail()), error);
    }

    private static Optional<Container> findByStartLabel(DockerClient client, String startId) {
        try {
            return client.listContainersCmd().withShowAll(true).withLabelFilter(Map.of(START_LABEL, startId)).exec()
                    .stream().findFirst();
        } catch (RuntimeException e) {
            LOG.warn("cannot list containers to clean up a failed start: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Returns the engine's error text from the first Docker API error in the cause chain. */
    static Optional<String> engineMessage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DockerException docker && !(docker instanceof NotFoundException)) {
                return Optional.of(EngineErrors.messageOf(docker));
            }
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? String.valueOf(error.getMessage())
                : error.getMessage() + " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

    static String describe(TargetSpec spec) {
        StringBuilder text = new StringBuilder("network ").append(spec.network().name().toLowerCase(Locale.ROOT));
        spec.sysctls().forEach((key, value) -> text.append(", sysctl ").append(key.dotted()).append('=')
                .append(value));
        if (spec.privileged()) {
            text.append(", privileged");
        }
        spec.securityOpt().forEach(option -> text.append(", security-opt ").append(option));
        return text.toString();
    }
}
