package io.netsysctl.assertj;

import io.netsysctl.SysctlTarget;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One key read from one target: the object a {@link SysctlValueAssert} checks.
 *
 * @param target the target read
 * @param key the key read
 * @param value the value read, empty when the key has no file in the target
 */
public record SysctlReading(SysctlTarget target, SysctlKey key, Optional<SysctlValue> value) {

    public SysctlReading {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
