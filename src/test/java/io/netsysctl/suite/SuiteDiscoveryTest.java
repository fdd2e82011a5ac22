package io.netsysctl.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import io.netsysctl.NetSysctlSuites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.testkit.engine.EngineTestKit;

/** Discovery of suite files into the engine, suite, check and key descriptors, without running them. */
class SuiteDiscoveryTest {

    private static final String CONTRACT = "src/test/resources/suites/contract/contract-example.yaml";

    @NetSysctlSuites
    static class MarkedClass {
    }

    static class UnmarkedClass {
    }

    private static TestDescriptor discover(Map<String, String> parameters, DiscoverySelector... selectors) {
        return EngineTestKit.discover("netsysctl", LauncherDiscoveryRequestBuilder.request().selectors(selectors)
                .configurationParameters(parameters).build()).getEngineDescriptor();
    }

    private static Map<String, String> tree(TestDescriptor engine) {
        return engine.getDescendants().stream().collect(Collectors.toMap(
                descriptor -> descriptor.getUniqueId().toString(),
                descriptor -> descriptor.getType() + " " + descriptor.getDisplayName()));
    }

    @Test
    void contractExampleTestPerKey() {
        TestDescriptor engine = discover(Map.of(), selectFile(CONTRACT));

        String suite = "[engine:netsysctl]/[file:src%2Ftest%2Fresources%2Fsuites%2Fcontract%2Fcontract-example.yaml]"
                + "/[suite:keepalive-follows-container]";
        assertThat(tree(engine)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(suite, "CONTAINER keepalive-follows-container"),
                Map.entry(suite + "/[check:keepalive-time-applied]", "TEST keepalive-time-applied"),
                Map.entry(suite + "/[check:keepalive-intvl-is-kernel-default]",
                        "TEST keepalive-intvl-is-kernel-default"),
                Map.entry(suite + "/[check:congestion-control-from-host]", "TEST congestion-control-from-host"),
                Map.entry(suite + "/[check:backlog-not-visible]", "TEST backlog-not-visible"),
                Map.entry(suite + "/[check:port-range-default]", "TEST port-range-default"),
                Map.entry(suite + "/[check:tcp-rmem-triple]", "TEST tcp-rmem-triple"),
                Map.entry(suite + "/[check:somaxconn-bounds]", "TEST somaxconn-bounds"),
                Map.entry(suite + "/[check:syncookies-on]", "TEST syncookies-on"),
                Map.entry(suite + "/[check:keepalive-isolated]", "CONTAINER keepalive-isolated"),
                Map.entry(suite + "/[check:keepalive-isolated]/[key:net.ipv4.tcp_keepalive_time]",
                        "TEST keepalive-isolated[net.ipv4.tcp_keepalive_time]"),
                Map.entry(suite + "/[check:keepalive-isolated]/[key:net.ipv4.tcp_keepalive_probes]",
                        "TEST keepalive-isolated[net.ipv4.tcp_keepalive_probes]"),
                Map.entry(suite + "/[check:keepalive-isolated-from-host-changes]",
                        "CONTAINER keepalive-isolated-from-host-changes"),
                Map.entry(suite + "/[check:keepalive-isolated-from-host-changes]/[key:net.ipv4.tcp_keepalive_intvl]",
                        "TEST keepalive-isolated-from-host-changes[net.ipv4.tcp_keepalive_intvl]"),
                Map.entry(suite + "/[check:proc-sys-read-only]", "TEST proc-sys-read-only"),
                Map.entry(suite + "/[check:host-network-rejects-net-sysctls]",
                        "TEST host-network-rejects-net-sysctls")));
    }

    @Test
    void descriptorsPointAtLineAndColumn() {
        TestDescriptor engine = discover(Map.of(), selectFile(CONTRACT));

        Map<String, Optional<FilePosition>> positions = engine.getDescendants().stream().collect(Collectors.toMap(
                TestDescriptor::getDisplayName,
                descriptor -> ((FileSource) descriptor.getSource().get()).getPosition()));
        assertThat(positions.get("keepalive-follows-container")).contains(FilePosition.from(1, 1));
        assertThat(positions.get("keepalive-time-applied")).contains(FilePosition.from(14, 5));
        assertThat(positions.get("keepalive-isolated")).contains(FilePosition.from(38, 5));
        assertThat(positions.get("keepalive-isolated[net.ipv4.tcp_keepalive_probes]"))
                .contains(FilePosition.from(39, 45));
        assertThat(((FileSource) engine.getChildren().iterator().next().getSource().get()).getFile())
                .hasName("contract-example.yaml").isAbsolute();
    }

    @Test
    void markedClassRunsConfiguredLocation() {
        TestDescriptor engine = discover(Map.of("netsysctl.suites", "src/test/resources/suites/contract"),
                selectClass(MarkedClass.class));

        assertThat(engine.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly("MarkedClass");
        TestDescriptor marked = engine.getChildren().iterator().next();
        assertThat(marked.getSource()).contains(ClassSource.from(MarkedClass.class));
        assertThat(marked.getChildren()).extracting(TestDescriptor::getDisplayName)
                .containsExactly("keepalive-follows-container");
        assertThat(marked.getChildren().iterator().next().getUniqueId().toString()).isEqualTo("[engine:netsysctl]"
                + "/[class:io.netsysctl.suite.SuiteDiscoveryTest$MarkedClass]"
                + "/[file:src%2Ftest%2Fresources%2Fsuites%2Fcontract%2Fcontract-example.yaml]"
                + "/[suite:keepalive-follows-container]");
    }

    @Test
    void unmarkedClassIsIgnored() {
        TestDescriptor engine = discover(Map.of("netsysctl.suites", "src/test/resources/suites/contract"),
                selectClass(UnmarkedClass.class));

        assertThat(engine.getChildren()).isEmpty();
    }

    @Test
    void missingLocationFailsAsOneTest() {
        TestDescriptor engine = discover(Map.of("netsysctl.suites", "no-such-folder"),
                selectClass(MarkedClass.class));

        List<String> messages = loadFailures(engine);
        assertThat(messages).containsExactly("suite location 'no-such-folder' ("
                + Path.of("no-such-folder").toAbsolutePath() + ") does not exist; set -Dnetsysctl.suites=PATH to a "
                + "suite file or a folder of *.yaml files, or run from the folder that contains 'suites/'");
    }

    @Test
    void blankLocationMeansDefault() {
        TestDescriptor engine = discover(Map.of("netsysctl.suites", ""), selectClass(MarkedClass.class));

        TestDescriptor marked = engine.getChildren().iterator().next();
        assertThat(loadFailures(engine)).isEmpty();
        assertThat(marked.getChildren()).extracting(TestDescriptor::getDisplayName)
                .containsExactly("docker-baseline", "keepalive", "kubernetes-safe");
    }

    @Test
    void absentAbsoluteLocationNamedOnce() {
        TestDescriptor engine = discover(Map.of("netsysctl.suites", "/nonexistent/netsysctl/suites"),
                selectClass(MarkedClass.class));

        assertThat(loadFailures(engine)).containsExactly("suite location '/nonexistent/netsysctl/suites' does not "
                + "exist; set -Dnetsysctl.suites=PATH to a suite file or a folder of *.yaml files, or run from the "
                + "folder that contains 'suites/'");
    }

    @Test
    void folderWithoutSuitesFailsAsOneTest(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("nested"));
        Files.writeString(folder.resolve("notes.txt"), "suite: not-a-suite-file\n");

        TestDescriptor engine = discover(Map.of("netsysctl.suites", folder.toString()),
                selectClass(MarkedClass.class));

        assertThat(loadFailures(engine)).containsExactly("suite location '" + folder + "' contains no *.yaml or "
                + "*.yml file; set -Dnetsysctl.suites=PATH to a suite file or a folder of *.yaml files, or run from "
                + "the folder that contains 'suites/'");
    }

    @Test
    void deviceLocationFailsAsOneTest() {
        TestDescriptor engine = discover(Map.of("netsysctl.suites", "/dev/null"), selectClass(MarkedClass.class));

        assertThat(loadFailures(engine)).containsExactly("suite location '/dev/null' is neither a regular file nor "
                + "a folder; set -Dnetsysctl.suites=PATH to a suite file or a folder of *.yaml files, or run from the "
                + "folder that contains 'suites/'");
    }

    private static List<String> loadFailures(TestDescriptor engine) {
        return engine.getDescendants().stream()
                .filter(Descriptors.LoadFailureDescriptor.class::isInstance)
                .map(descriptor -> ((Descriptors.LoadFailureDescriptor) descriptor).failure().getMessage())
                .toList();
    }

    @Test
    void uniqueIdSelectsOneKey() {
        UniqueId key = UniqueId.forEngine("netsysctl").append("file", CONTRACT)
                .append("suite", "keepalive-follows-container").append("check", "keepalive-isolated")
                .append("key", "net.ipv4.tcp_keepalive_probes");
        TestDescriptor engine = discover(Map.of(), selectUniqueId(key));

        assertThat(engine.getDescendants()).extracting(TestDescriptor::getDisplayName).containsExactlyInAnyOrder(
                "keepalive-follows-container", "keepalive-isolated",
                "keepalive-isolated[net.ipv4.tcp_keepalive_probes]");
    }
}
