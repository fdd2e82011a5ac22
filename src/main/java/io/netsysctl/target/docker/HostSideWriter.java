package io.netsysctl.target.docker;

import com.github.dockerjava.api.DockerClient;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.target.shell.ProbeScripts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
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
        LOG.debug("set {}={} in {} from the host", key, value, target.description());
    }

    private static boolean nsenterUsable() {
        return "root".equals(System.getProperty("user.name"))
                && List.of("/usr/bin/nsenter", "/bin/nsenter", "/usr/sbin/nsenter").stream()
                        .anyMatch(path -> new java.io.File(path).canExecute());
    }

    private String withNsenter(long pid, String script) {
        ProcessBuilder builder = new ProcessBuilder("nsenter", "-t", Long.toString(pid), "--net", "--", "sh", "-c",
                script).redirectErrorStream(true);
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("nsenter -t " + pid + " --net did not finish within 30 s");
            }
            return new String(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run nsenter -t " + pid + " --net: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running nsenter", e);
        }
    }

    private String withHelper(String script) {
        String helper = HelperContainers.start(engine, "host-writer",
                config -> config.withNetworkMode("container:" + target.id()),
                List.of(SecurityOptions.SYSTEMPATHS_UNCONFINED));
        try {
            return new ScriptRunner(client, helper).run(script).stdoutText();
        } finally {
            ContainerRegistry.remove(client, helper);
        }
    }
}
