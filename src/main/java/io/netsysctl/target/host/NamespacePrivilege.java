package io.netsysctl.target.host;

import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.shell.CommandRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How this JVM may create namespaces with util-linux {@code unshare} and enter them with {@code nsenter}: as
 * root (CAP_SYS_ADMIN), or inside a new user namespace where the user maps to root, which needs unprivileged
 * user namespaces. Root is tried first; the result is detected once per JVM.
 */
public enum NamespacePrivilege {
    /** This JVM runs as root and {@code unshare --net} works. */
    ROOT,
    /** {@code unshare --user --map-root-user --net} works, so the namespaces belong to a new user namespace. */
    USER_NAMESPACE;

    private static final Logger LOG = LoggerFactory.getLogger(NamespacePrivilege.class);

    private static final String NO_PRIVILEGE = "creating a network namespace needs root (CAP_SYS_ADMIN) or "
            + "unprivileged user namespaces: run the tests as root, or enable user namespaces with "
            + "'sysctl -w kernel.unprivileged_userns_clone=1' (Debian kernels) and a non-zero "
            + "user.max_user_namespaces, or use the Docker runtime";

    private static volatile NamespacePrivilege detected;
    private static volatile String failure;

    /**
     * Returns the privilege that works on this machine.
     *
     * @throws InfrastructureException saying what to enable when neither form works, with both errors
     */
    public static synchronized NamespacePrivilege detect() {
        if (detected != null) {
            return detected;
        }
        if (failure != null) {
            throw new InfrastructureException(failure);
        }
        String rootError = "not running as root";
        if (isRoot()) {
            CommandRunner.Result result = CommandRunner.run(List.of("unshare", "--net", "true"),
                    CommandRunner.DEFAULT_TIMEOUT);
            if (result.succeeded()) {
                LOG.debug("Creating namespaces as root");
                detected = ROOT;
                return detected;
            }
            rootError = result.stderr().strip();
        }
        CommandRunner.Result result = CommandRunner.run(List.of("unshare", "--user", "--map-root-user", "--net",
                "true"), CommandRunner.DEFAULT_TIMEOUT);
        if (result.succeeded()) {
            LOG.info("Creating namespaces inside an unprivileged user namespace (as root: {})", rootError);
            detected = USER_NAMESPACE;
            return detected;
        }
        failure = NO_PRIVILEGE + " (as root: " + rootError + "; with a user namespace: " + result.stderr().strip()
                + ")";
        throw new InfrastructureException(failure);
    }

    /** Returns the {@code unshare} command line that creates the given namespaces, such as {@code --net}. */
    public List<String> unshare(String... namespaceOptions) {
        List<String> command = new ArrayList<>(List.of("unshare"));
        if (this == USER_NAMESPACE) {
            command.addAll(List.of("--user", "--map-root-user"));
        }
        command.addAll(List.of(namespaceOptions));
        return command;
    }

    /** Returns the {@code nsenter} command line that enters the given namespaces of {@code pid}. */
    public List<String> nsenter(long pid, String... namespaceOptions) {
        List<String> command = new ArrayList<>(List.of("nsenter", "-t", Long.toString(pid)));
        if (this == USER_NAMESPACE) {
            command.add("--user");
            command.add("--preserve-credentials");
        }
        command.addAll(List.of(namespaceOptions));
        return command;
    }

    /** Returns whether the effective user id of this process is 0, from {@code /proc/self/status}. */
    static boolean isRoot() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    String[] ids = line.substring(4).strip().split("\\s+");
                    return ids.length > 1 && ids[1].equals("0");
                }
            }
        } catch (IOException e) {
            LOG.debug("Cannot read /proc/self/status", e);
        }
        return false;
    }
}
