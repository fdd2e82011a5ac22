package io.netsysctl.suite;

import io.netsysctl.NetworkMode;
import io.netsysctl.model.SysctlKey;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The kind of a check: one record per check kind of the suite format. */
sealed interface CheckKind {

    /** Returns the YAML field that names this kind, for messages. */
    String field();

    /** A kind that reads one key of the target. */
    sealed interface ValueCheck extends CheckKind {
        SysctlKey key();
    }

    /** The value equals {@code expected}, compared field by field. */
    record Equals(SysctlKey key, String expected) implements ValueCheck {
        @Override
        public String field() {
            return "equals";
        }
    }

    /** The value equals the one read from a reference namespace in the same run. */
    record SameAs(SysctlKey key, Reference reference) implements ValueCheck {
        @Override
        public String field() {
            return "sameAs";
        }
    }

    /** The namespaces {@link SameAs} compares with. */
    enum Reference {
        /** The host's initial network namespace: {@code sameAs: host}. */
        HOST,
        /** A network namespace created now, with the kernel's values for new namespaces: {@code fresh-namespace}. */
        FRESH_NAMESPACE
    }

    /** The value equals one of {@code values}, each compared field by field. */
    record OneOf(SysctlKey key, List<String> values) implements ValueCheck {
        @Override
        public String field() {
            return "oneOf";
        }
    }

    /** The value is one number between {@code min} and {@code max}, both inclusive. */
    record Range(SysctlKey key, long min, long max) implements ValueCheck {
        @Override
        public String field() {
            return "range";
        }
    }

    /** The whole value, without its trailing newline, matches {@code pattern}. */
    record Matches(SysctlKey key, Pattern pattern) implements ValueCheck {
        @Override
        public String field() {
            return "matches";
        }
    }

    /** The key has no file in the target ({@code expectAbsent}), or has one ({@code absent: false}). */
    record Absent(SysctlKey key, boolean expectAbsent) implements ValueCheck {
        @Override
        public String field() {
            return "absent";
        }
    }

    /**
     * Each key is isolated between the target and the host.
     *
     * @param perKey whether the keys were written as a list, which gives one test per key
     */
    record Isolated(List<SysctlKey> keys, boolean mutateHost, boolean perKey) implements CheckKind {
        @Override
        public String field() {
            return "isolated";
        }
    }

    /** The path is mounted read-only in the target and a real write below it fails with EROFS. */
    record ReadOnly(String path) implements CheckKind {
        @Override
        public String field() {
            return "readOnly";
        }
    }

    /**
     * The runtime rejects a target started with these overrides of the suite's target. A {@code null}
     * override keeps the suite's setting.
     */
    record Rejected(NetworkMode network, Boolean privileged, List<String> securityOpt,
            Map<SysctlKey, String> sysctls) implements CheckKind {
        @Override
        public String field() {
            return "rejected";
        }
    }
}
