package io.netsysctl.target.host;

import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.shell.CommandRunner;
import io.netsysctl.target.shell.KeyRead;
import io.netsysctl.target.shell.ProbeScripts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the values a newly created network namespace gets on the kernel this JVM runs on. One
 * {@code unshare --net /bin/sh -s} process, with the batch read script on standard input, creates the
 * namespace, reads every key and exits, so the namespace is gone when the method returns. Without root it
 * runs {@code unshare --user --map-root-user --net}; see {@link NamespacePrivilege}.
 */
public final class FreshNamespace {

    private FreshNamespace() {
    }

    /**
     * Reads {@code keys} in a new network namespace.
     *
     * @return every key, mapped to its value or to empty when the key has no file in a new namespace
     * @throws InfrastructureException when no namespace can be created, saying what to enable
     */
    public static Map<SysctlKey, Optional<SysctlValue>> read(Collection<SysctlKey> keys) {
        List<SysctlKey> ordered = new ArrayList<>(new LinkedHashSet<>(keys));
        NamespacePrivilege privilege = NamespacePrivilege.detect();
        List<String> command = privilege.unshare("--net");
        command.addAll(List.of("/bin/sh", "-s"));
        byte[] script = ProbeScripts.batchRead("", ordered).getBytes(StandardCharsets.UTF_8);
        CommandRunner.Result result = CommandRunner.run(command, script, CommandRunner.DEFAULT_TIMEOUT);
        if (!result.succeeded()) {
            throw new InfrastructureException("reading a fresh network namespace failed: '"
                    + String.join(" ", command) + "' exited with code "
                    + result.exitCode() + ": " + result.stderr().strip());
        }
        Map<SysctlKey, Optional<SysctlValue>> values = new LinkedHashMap<>();
        for (KeyRead read : ProbeScripts.parseBatchRead(ordered, result.stdout()).values()) {
            values.put(read.key(), read.toOptional("a fresh network namespace"));
        }
        return values;
    }
}
