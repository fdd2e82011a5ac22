package io.netsysctl.target.sandbox;

import static io.netsysctl.target.shell.ShellQuoting.quote;

import io.netsysctl.model.SysctlKey;
import java.util.Map;

/**
 * Builds the script the sandbox's main process runs in its new namespaces. It applies the requested sysctls
 * first and then bind-mounts {@code /proc/sys} read-only, the order runc uses, so the runtime's writes succeed
 * and the container's fail. Then it prints a ready record and waits on standard input: the JVM holds the other
 * end of that pipe, so the sandbox ends when it is closed or when the JVM dies, even by SIGKILL.
 */
final class SandboxScript {

    /** Exit code when the kernel rejected a sysctl; the record on standard output names it. */
    static final int SYSCTL_REJECTED = 3;
    /** Exit code when the read-only bind mount of {@code /proc/sys} failed. */
    static final int MOUNT_FAILED = 4;

    static final String READY = "\001ready";

    private SandboxScript() {
    }

    static String build(Map<SysctlKey, String> sysctls, boolean readOnlyProcSys) {
        StringBuilder script = new StringBuilder();
        script.append("""
                a() {
                  if ! err=$( { printf '%s' "$2" | cat > "$1"; } 2>&1 ); then
                    printf '\\001F%s\\002%s\\n' "$3" "$err"
                    exit 3
                  fi
                }
                """);
        for (Map.Entry<SysctlKey, String> sysctl : sysctls.entrySet()) {
            String value = sysctl.getValue().endsWith("\n") ? sysctl.getValue() : sysctl.getValue() + "\n";
            script.append("a ").append(quote(sysctl.getKey().procPath())).append(' ').append(quote(value))
                    .append(' ').append(quote(sysctl.getKey().dotted())).append('\n');
        }
        if (readOnlyProcSys) {
            script.append("""
                    if ! err=$( { mount --bind /proc/sys /proc/sys && mount -o remount,bind,ro /proc/sys; } 2>&1 ); then
                      printf '\\001M%s\\n' "$err"
                      exit 4
                    fi
                    """);
        }
        script.append("printf '\\001ready\\n'\n");
        script.append("read -r line || true\n");
        return script.toString();
    }
}
