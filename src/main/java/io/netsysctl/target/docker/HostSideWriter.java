package io.netsysctl.target.docker;

import com.github.dockerjava.api.DockerClient;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.target.shell.CommandRunner;
import io.netsysctl.target.shell.ProbeScripts;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets a key in a container's network namespace from outside the container, as an operator does. When the
 * container's process is visible here it runs {@code nsenter -t PID --net sh -c SCRIPT}: the shell keeps this
 * host's writable {@code /proc/sys} mount but resolves network keys in the container's namespace. Otherwise it
 * starts a helper with {@code --network container:ID --security-opt systempaths=unconfined}, whose
 * {@code /proc/sys} is writable.
 */
final class HostSideWriter {

    private static final Logger LOG = LoggerFactory.getLogger(HostSideWriter.class);

    private final DockerEngine engine;
    private final DockerClient client;
    private final DockerTarget target;

    HostSideWriter(DockerEngine engine, DockerClient client, DockerTarget target) {
        this.engine = engine;
        this.client = client;
        this.target = target;
    }

    void set(SysctlKey key, String value) {
        set(key, value, target.hostPid().isPresent() && nsenterUsable());
    }

    /** Sets the key through {@code nsenter} when {@code useNsenter}, else through a helper container. */
    void set(SysctlKey key, String value, boolean useNsenter) {
        String script = ProbeScripts.writeProbe("", key, Optional.of(value));
        String output = useNsenter ? withNsenter(target.hostPid().orElseThrow(), script) : withHelper(script);
        WriteOutcome outcome = ProbeScripts.parseWrite("", output);
        if (!outcome.succeeded()) {
            throw new IllegalStateException("cannot set " + key + "=" + value + " in " + target.description()
                    + " from the host: " + outcome.errno().orElseThrow() + " (" + outcome.detail() + ")");
        }
        LOG.debug("set {}={} in {} from the host", key, value, target);
    }

    private static boolean nsenterUsable() {
        return "root".equals(System.getProperty("user.name"))
                && List.of("/usr/bin/nsenter", "/bin/nsenter", "/usr/sbin/nsenter").stream()
                        .anyMatch(path -> new java.io.File(path).canExecute());
    }

    /**
     * Runs the script through {@code nsenter}; the timeout covers the whole run, including reading its output.
     *
     * @throws IllegalStateException when nsenter fails before the script prints anything, with its error text
     * @throws io.netsysctl.target.InfrastructureException when nsenter cannot start or times out
     */
    private String withNsenter(long pid, String script) {
        CommandRunner.Result result = CommandRunner.run(List.of("nsenter", "-t", Long.toString(pid), "--net", "--",
                "sh", "-c", script), CommandRunner.DEFAULT_TIMEOUT);
        if (!result.succeeded() && result.stdout().length == 0) {
            throw new IllegalStateException("nsenter -t " + pid + " --net exited with " + result.exitCode() + ": "
                    + result.stderr().strip());
        }
        return result.stdoutText();
    }

    private String withHelper(String script) {
        String helper = HelperContainers.start(engine, "host-writer",
                config -> config.withNetworkMode("container:" + target.id()),
                List.of(SecurityOptions.SYSTEMPATHS_UNCONFINED));
        return ContainerRegistry.removeAfter(client, helper, () -> new ScriptRunner(client, helper).run(script)
                .stdoutText());
    }
}
