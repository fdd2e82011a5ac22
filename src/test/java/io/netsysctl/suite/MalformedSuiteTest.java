package io.netsysctl.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import io.netsysctl.report.ReportEntryKeys;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/** Each malformed suite file fails as one test whose message names the file, line, column and fix. */
class MalformedSuiteTest {

    private static final String FOLDER = "src/test/resources/suites/malformed/";

    /** A malformed fixture and the position and reason its load error names. */
    record Case(String file, int line, int column, String reason) {
        @Override
        public String toString() {
            return file;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case("malformed-yaml.yaml", 6, 1,
                        "malformed YAML: expected ',' or ']', but got <stream end> while parsing a "
                        + "flow sequence that starts at 5:13; fix the syntax at this position"),
                new Case("unknown-field.yaml", 7, 5,
                        "unknown field 'equal' in check 'keepalive-time-applied'; did you mean "
                        + "'equals'? Fields: id, description, sysctl, equals, sameAs, oneOf, range, "
                        + "matches, absent, isolated, mutateHost, readOnly, rejected"),
                new Case("wrong-type.yaml", 4, 15,
                        "field 'privileged' in the target of suite 'wrong-type' must be true or false, "
                        + "not text"),
                new Case("missing-id.yaml", 6, 5,
                        "check 2 has no field 'id'; add it, for example 'id: keepalive-time-applied'"),
                new Case("duplicate-id.yaml", 6, 5,
                        "duplicate check id 'keepalive' in suite 'duplicate-id' (first at line 3); "
                        + "give each check its own id"),
                new Case("duplicate-field.yaml", 6, 5,
                        "duplicate field 'equals' (first at line 5); keep one of them"),
                new Case("no-kind.yaml", 3, 5,
                        "check 'keepalive-time-applied' has no kind; add exactly one of: equals, "
                        + "sameAs, oneOf, range, matches, absent, isolated, readOnly, rejected"),
                new Case("two-kinds.yaml", 6, 5,
                        "check 'keepalive-time-applied' has two kinds, 'equals' and 'oneOf'; split it "
                        + "into two checks"),
                new Case("empty-component.yaml", 4, 13,
                        "invalid sysctl key 'net..ipv4.ip_forward' in field 'sysctl' of check "
                        + "'forwarding': it has an empty component (two separators in a row, or one at "
                        + "the start or end); write keys like net.ipv4.tcp_keepalive_time, or "
                        + "net/ipv4/tcp_keepalive_time"),
                new Case("escaping-key.yaml", 4, 45,
                        "invalid sysctl key '../../kernel' in field 'isolated' of check 'escape': it "
                        + "contains a '..' path component, which would leave /proc/sys; write keys like "
                        + "net.ipv4.tcp_keepalive_time, or net/ipv4/tcp_keepalive_time"),
                new Case("control-character.yaml", 5, 13,
                        "field 'equals' in check 'keepalive-time-applied' contains the control "
                        + "character U+0007 at offset 3; remove it (separate fields with spaces)"),
                new Case("alias.yaml", 8, 16,
                        "YAML alias '*start' is not supported; write the value out in full"),
                new Case("empty-suite-id.yaml", 1, 7,
                        "field 'suite' in the suite has no value; give it text"),
                new Case("empty-field.yaml", 3, 14,
                        "field 'privileged' in the target of suite 'empty-field' has no value; give it true or "
                        + "false"),
                new Case("raw-control-character.yaml", 5, 18,
                        "the file contains the character U+0001, which YAML does not allow; remove it"),
                new Case("unresolved-property.yaml", 3, 10,
                        "unresolved property '${netsysctl.test.undefined}' in field 'image' of the "
                        + "target of suite 'unresolved-property'; set -Dnetsysctl.test.undefined=VALUE "
                        + "or the environment variable NETSYSCTL_TEST_UNDEFINED, or give a default: "
                        + "'${netsysctl.test.undefined:-VALUE}'"),
                new Case("image-parent-path.yaml", 3, 10,
                        "invalid image reference 'netsysctl/../containers/create' in field 'image' of the "
                        + "target of suite 'image-parent-path': it must not contain '..'; write "
                        + "REPOSITORY[:TAG] or REPOSITORY@DIGEST, for example netsysctl/busybox:local"),
                new Case("bad-suite-id.yaml", 1, 8,
                        "invalid suite id 'Keepalive_Suite'; use lowercase letters, digits and '-', "
                        + "starting with a letter or digit, for example 'keepalive-follows-container'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void malformedFileFailsWithPosition(Case fixture) {
        String name = fixture.file();
        int line = fixture.line();
        int column = fixture.column();
        String reason = fixture.reason();
        Events tests = EngineTestKit.engine("netsysctl").selectors(selectFile(FOLDER + name)).execute()
                .testEvents();

        assertThat(tests.started().count()).as("tests started").isEqualTo(1);
        Map<String, String> entry = tests.reportingEntryPublished().list().get(0)
                .getRequiredPayload(ReportEntry.class).getKeyValuePairs();
        assertThat(entry).containsEntry(ReportEntryKeys.FILE, FOLDER + name)
                .containsEntry(ReportEntryKeys.CHECK, "load")
                .containsEntry(ReportEntryKeys.CATEGORY, "Invalid suite")
                .doesNotContainKey(ReportEntryKeys.SUITE);
        Event finished = tests.finished().list().get(0);
        assertThat(finished.getTestDescriptor().getDisplayName()).isEqualTo("load " + FOLDER + name);
        TestExecutionResult result = finished.getRequiredPayload(TestExecutionResult.class);
        assertThat(result.getStatus()).isEqualTo(TestExecutionResult.Status.FAILED);
        assertThat(result.getThrowable()).get().isInstanceOf(SuiteLoadException.class)
                .extracting(Throwable::getMessage)
                .isEqualTo(FOLDER + name + ":" + line + ":" + column + ": " + reason);
        assertThat(finished.getTestDescriptor().getSource()).get().isInstanceOf(FileSource.class)
                .extracting(source -> ((FileSource) source).getPosition())
                .isEqualTo(Optional.of(FilePosition.from(line, column)));
    }

    @Test
    void malformedFilesDoNotStopOthers() {
        Events tests = EngineTestKit.engine("netsysctl").selectors(selectDirectory(FOLDER)).execute().testEvents();

        assertThat(tests.started().count()).as("one test per malformed file").isEqualTo(18);
        assertThat(tests.failed().count()).as("every one fails").isEqualTo(18);
    }

    @Test
    void duplicateSuiteIdFailsLaterFile() {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectFile("src/test/resources/suites/duplicate-suite/second.yaml"),
                        selectFile("src/test/resources/suites/duplicate-suite/first.yaml"))
                .build();

        TestDescriptor engine = EngineTestKit.discover("netsysctl", request).getEngineDescriptor();

        List<String> names = engine.getChildren().stream().map(TestDescriptor::getDisplayName).toList();
        assertThat(names).containsExactly("same-id", "src/test/resources/suites/duplicate-suite/second.yaml");
        List<String> failures = engine.getDescendants().stream()
                .filter(Descriptors.LoadFailureDescriptor.class::isInstance)
                .map(descriptor -> ((Descriptors.LoadFailureDescriptor) descriptor).failure().getMessage())
                .toList();
        assertThat(failures).containsExactly("src/test/resources/suites/duplicate-suite/second.yaml:2:1: suite "
                + "id 'same-id' is already used by src/test/resources/suites/duplicate-suite/first.yaml; suite ids "
                + "must be unique in a run, so rename one of them");
    }
}
