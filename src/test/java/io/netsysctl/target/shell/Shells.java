package io.netsysctl.target.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The POSIX shells the probe scripts must run under, and a way to run a script in one. */
final class Shells {

    private Shells() {
    }

    /** Returns the command prefixes of dash and BusyBox sh; both are installed on the build machines. */
    static List<List<String>> all() {
        List<List<String>> shells = new ArrayList<>();
        shells.add(List.of(find("dash"), "-c"));
        shells.add(List.of(find("busybox"), "sh", "-c"));
        return shells;
    }

    private static String find(String program) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path path = Path.of(dir, program);
            if (Files.isExecutable(path)) {
                return path.toString();
            }
        }
        throw new IllegalStateException(program + " is not installed; run: apt-get install " + program);
    }

    /** Runs {@code script} and returns its standard output; fails when it writes to standard error. */
    static byte[] run(List<String> shell, String script) {
        List<String> command = new ArrayList<>(shell);
        command.add(script);
        try {
            Process process = new ProcessBuilder(command).start();
            process.getOutputStream().close();
            byte[] out = readAll(process.getInputStream());
            byte[] err = readAll(process.getErrorStream());
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("script timed out under " + shell);
            }
            if (process.exitValue() != 0 || err.length > 0) {
                throw new IllegalStateException("script failed under " + shell + " with exit code "
                        + process.exitValue() + ": " + new String(err));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toByteArray();
    }
}
