package io.netsysctl.assertj;

import io.netsysctl.SysctlTarget;
import io.netsysctl.model.MountEntry;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.model.SysctlValue;
import io.netsysctl.model.WriteOutcome;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A target that only has a description, so message tests can compare exact text. Every operation on
 * sysctls throws: tests of behaviour use real targets.
 */
record DescriptionOnlyTarget(String description) implements SysctlTarget {

    static final DescriptionOnlyTarget CONTAINER = new DescriptionOnlyTarget(
            "docker container 3f2a1b9c0d4e (netsysctl/busybox:local, runc, netns 4026532451)");
    static final DescriptionOnlyTarget HOST = new DescriptionOnlyTarget("host (netns 4026531840)");

    @Override
    public String runtime() {
        throw new UnsupportedOperationException("description only");
    }

    @Override
    public long networkNamespaceId() {
        throw new UnsupportedOperationException("description only");
    }

    @Override
    public Map<SysctlKey, Optional<SysctlValue>> read(Collection<SysctlKey> keys) {
        throw new UnsupportedOperationException("description only");
    }

    @Override
    public List<SysctlKey> listKeys() {
        throw new UnsupportedOperationException("description only");
    }

    @Override
    public WriteOutcome probeWrite(SysctlKey key) {
        throw new UnsupportedOperationException("description only");
    }

    @Override
    public WriteOutcome probeWrite(SysctlKey key, String value) {
        throw new UnsupportedOperationException("description only");
    }

    @Override
    public WriteOutcome probeWriteUnder(String path) {
        throw new UnsupportedOperationException("description only");
    }

    @Override
    public Optional<MountEntry> mountOf(String path) {
        throw new UnsupportedOperationException("description only");
    }
}
