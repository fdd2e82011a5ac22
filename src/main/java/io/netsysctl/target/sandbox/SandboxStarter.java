package io.netsysctl.target.sandbox;

import io.netsysctl.NetworkMode;
import io.netsysctl.model.Errno;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.InfrastructureException;
import io.netsysctl.target.TargetSpec;
import io.netsysctl.target.TargetStartException;
import io.netsysctl.target.host.NamespacePrivilege;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks a spec, starts the sandbox process and turns a failed start into the runtime's kind of error. */
final class SandboxStarter {

    static final String SYSTEMPATHS_UNCONFINED = "systempaths=unconfined";

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final Set<SandboxTarget> OPEN = ConcurrentHashMap.newKeySet();
    private static final AtomicInteger HOOKS = new AtomicInteger();

    private SandboxStarter() {
    }

    static SandboxTarget start(TargetSpec spec) {
        String name = "sandbox-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
        Logger log = LoggerFactory.getLogger("io.netsysctl.sandbox." + name);
        rejectUnsupportedSysctls(spec);
        NamespacePrivilege privilege;
        try {
            privilege = NamespacePrivilege.detect();
        } catch (InfrastructureException e) {
            throw new InfrastructureException("the namespace sandbox cannot start: " + e.getMessage(), e);
        }
        for (String option : spec.securityOpt()) {
            if (!option.equals(SYSTEMPATHS_UNCONFINED)) {
                log.info("Ignoring security option '{}': the sandbox applies no seccomp, AppArmor or SELinux "
                        + "profile", option);
            }
        }
        boolean readOnly = readOnlyProcSys(spec);
        List<String> command = spec.network() == NetworkMode.HOST
                ? privilege.unshare("--mount", "--propagation", "private")
                : privilege.unshare("--net", "--mount", "--propagation", "private");
        command.addAll(List.of("/bin/sh", "-c", SandboxScript.build(spec.sysctls(), readOnly)));
        long started = System.nanoTime();
        SandboxProcess process = new SandboxProcess(command, log);
        Optional<SandboxProcess.Exit> exit = process.awaitReady(SandboxScript.READY);
        if (exit.isPresent()) {
            throw startFailure(spec, exit.get());
        }
        SandboxTarget target;
        try {
            target = new SandboxTarget(name, spec, process, privilege, log);
        } catch (RuntimeException e) {
            process.stop();
            throw e;
        }
        register(target);
        log.info("Started sandbox {} in {} ms: {}", name, (System.nanoTime() - started) / 1_000_000,
                target.description());
        return target;
    }

    static boolean readOnlyProcSys(TargetSpec spec) {
        return !spec.privileged() && !spec.securityOpt().contains(SYSTEMPATHS_UNCONFINED);
    }

    private static void rejectUnsupportedSysctls(TargetSpec spec) {
        for (SysctlKey key : spec.sysctls().keySet()) {
            if (!key.isNetworkKey()) {
                String message = "sysctl " + key + " is not in a separate kernel namespace of the sandbox, which "
                        + "isolates only the network namespace; only net.* sysctls can be set";
                throw new TargetStartException("the sandbox rejected the target: " + message, message, null);
            }
            if (spec.network() == NetworkMode.HOST) {
                String message = "sysctl " + key + " cannot be set in the host network namespace (network: host); "
                        + "runc rejects net.* sysctls there too";
                throw new TargetStartException("the sandbox rejected the target: " + message, message, null);
            }
        }
    }

    private static RuntimeException startFailure(TargetSpec spec, SandboxProcess.Exit exit) {
        String record = exit.stdout().stream().filter(line -> line.startsWith("\001")).findFirst().orElse("");
        if (exit.exitCode() == SandboxScript.SYSCTL_REJECTED && record.startsWith("\001F")) {
            int separator = record.indexOf('\002');
            String keyText = record.substring(2, separator);
            String shellError = record.substring(separator + 1);
            SysctlKey key = SysctlKey.parse(keyText);
            String value = spec.sysctls().get(key);
            String kernelText = Errno.fromMessage(shellError).map(Errno::message).orElse(shellError);
            String errnoName = Errno.fromMessage(shellError).map(errno -> " (" + errno.name() + ")").orElse("");
            String runtimeMessage = "write " + key.procPath() + ": " + kernelText;
            return new TargetStartException("the sandbox rejected sysctl " + key + "=" + value + ": "
                    + runtimeMessage + errnoName + "; shell output: " + shellError, runtimeMessage, null);
        }
        if (exit.exitCode() == SandboxScript.MOUNT_FAILED && record.startsWith("\001M")) {
            return new InfrastructureException("the namespace sandbox could not mount /proc/sys read-only: "
                    + record.substring(2) + "; it needs CAP_SYS_ADMIN in its mount namespace");
        }
        return new InfrastructureException("the namespace sandbox exited before it was ready, with code "
                + exit.exitCode() + ": " + exit.stderr().strip()
                + (exit.stdout().isEmpty() ? "" : " " + exit.stdout()));
    }

    private static void register(SandboxTarget target) {
        OPEN.add(target);
        if (HOOKS.compareAndSet(0, 1)) {
            Runtime.getRuntime().addShutdownHook(new Thread(SandboxStarter::closeAll, "netsysctl-sandbox-cleanup"));
        }
    }

    static void unregister(SandboxTarget target) {
        OPEN.remove(target);
    }

    private static void closeAll() {
        for (SandboxTarget target : List.copyOf(OPEN)) {
            target.close();
        }
    }
}
