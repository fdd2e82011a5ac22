package io.netsysctl.model;

import java.util.List;

/** Parses and validates sysctl keys for {@link SysctlKey#parse(String)}. */
final class SysctlKeyParser {

    private SysctlKeyParser() {
    }

    static SysctlKey parse(String text) {
        // TODO: full validation
        if (text == null || text.isBlank()) {
            throw new InvalidSysctlKeyException(String.valueOf(text), "empty key");
        }
        return new SysctlKey(List.of(text.split("\\.")));
    }
}
