package io.netsysctl.assertj;

import io.netsysctl.SysctlTarget;
import io.netsysctl.model.Errno;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.report.FailureCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A path is not read-only: its mount lacks the {@code ro} flag, or a real write below it did not fail with
 * EROFS. Each finding gets its own line, so a writable mount and a successful write both show.
 */
final class ShouldBeReadOnly extends SysctlMessage {

    private ShouldBeReadOnly(String text) {
        super(FailureCategory.WRITABLE_PROC_SYS, text);
    }

    /** Returns whether the mount and the write show a read-only path; the message applies when they do not. */
    static boolean readOnly(Optional<MountEntry> mount, WriteOutcome write) {
        return mount.isPresent() && mount.get().readOnly() && write.errno().equals(Optional.of(Errno.EROFS));
    }

    static ShouldBeReadOnly shouldBeReadOnly(String path, SysctlTarget target, Optional<MountEntry> mount,
            WriteOutcome write) {
        List<String> findings = new ArrayList<>();
        if (mount.isEmpty()) {
            findings.add("no mount contains " + path);
        } else if (!mount.get().readOnly()) {
            findings.add("mounted read-write: " + mount.get().line());
        }
        String attempt = "writing '" + write.value() + "' to " + write.path();
        if (write.succeeded()) {
            findings.add(attempt + " succeeded");
        } else if (write.errno().get() != Errno.EROFS) {
            Errno errno = write.errno().get();
            findings.add(attempt + " failed with " + errno + " (" + errno.message()
                    + "), not EROFS, so a read-only mount did not reject it");
        }
        return new ShouldBeReadOnly(path + " in " + target.description() + "\n"
                + "expected: read-only, mounted ro and rejecting writes with EROFS ("
                + Errno.EROFS.message() + ")\n"
                + " but was: " + String.join("\n     and: ", findings));
    }
}
