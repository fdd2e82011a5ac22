package io.netsysctl.assertj;

import io.netsysctl.SysctlTarget;
import io.netsysctl.allure.AllureReport;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import io.netsysctl.probe.ProbeValues;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a target: entry to its values, its read-only paths and its isolation from another target.
 *
 * @param <SELF> the assert's own type, for chaining
 * @param <ACTUAL> the target checked
 */
public abstract class AbstractSysctlTargetAssert<SELF extends AbstractSysctlTargetAssert<SELF, ACTUAL>,
        ACTUAL extends SysctlTarget> extends AbstractAssert<SELF, ACTUAL> {

    /** Creates the value and isolation asserts; soft assertions replace it so those collect failures too. */
    ChildAsserts children = ChildAsserts.HARD;

    /** Creates an assert for {@code actual}; {@code selfType} is the concrete subclass, as in AssertJ. */
    protected AbstractSysctlTargetAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Reads {@code key} from the target now and returns assertions on its value.
     *
     * @param key the key in the dotted or the slash form, such as {@code net.ipv4.tcp_keepalive_time}
     * @throws io.netsysctl.model.InvalidSysctlKeyException when {@code key} is not a valid key
     */
    public SysctlValueAssert sysctl(String key) {
        return sysctl(SysctlKey.parse(key));
    }

    /** Reads {@code key} from the target now and returns assertions on its value. */
    public SysctlValueAssert sysctl(SysctlKey key) {
        isNotNull();
        SysctlReading reading = AllureReport.step("Read " + key + " in " + actual.description(), () -> {
            Optional<SysctlValue> value = actual.read(key);
            AllureReport.table("values read", Failures.TABLE_HEADER,
                    List.of(List.of(actual.description(), key.dotted(), ProbeValues.show(value))));
            return new SysctlReading(actual, key, value);
        });
        SysctlValueAssert valueAssert = children.value(reading);
        String description = info.descriptionText();
        if (description != null && !description.isEmpty()) {
            valueAssert.as(description);
        }
        return valueAssert;
    }

    /**
     * Verifies {@code path} is read-only inside the target in two ways: the mount containing it carries the
     * {@code ro} flag, and a real write below it fails with EROFS. Under {@code /proc/sys} the write puts a
     * key's current value back, so a writable path changes nothing.
     */
    public SELF hasReadOnly(String path) {
        isNotNull();
        return AllureReport.step(path + " is read-only in " + actual.description(), () -> {
            Optional<MountEntry> mount = actual.mountOf(path);
            String mountLine = mount.map(MountEntry::line).orElse("(no mount contains " + path + ")");
            AllureReport.text("mount of " + path, mountLine);
            WriteOutcome write = actual.probeWriteUnder(path);
            AllureReport.text("write probe under " + path, write.path() + " <- '" + write.value() + "': "
                    + write.errno().map(errno -> errno + " " + write.detail()).orElse("succeeded"));
            if (!ShouldBeReadOnly.readOnly(mount, write)) {
                throw Failures.failure(info, ShouldBeReadOnly.shouldBeReadOnly(path, actual, mount, write));
            }
            return myself;
        });
    }

    /**
     * Starts an isolation check between the target and {@code other}, another container or the host; name the
     * keys with {@link IsolationAssert#on(String...)}.
     */
    public IsolationAssert isIsolatedFrom(SysctlTarget other) {
        isNotNull();
        IsolationAssert isolationAssert = children.isolation(new IsolationAssert.Pair(actual, other));
        String description = info.descriptionText();
        if (description != null && !description.isEmpty()) {
            isolationAssert.as(description);
        }
        return isolationAssert;
    }
}
