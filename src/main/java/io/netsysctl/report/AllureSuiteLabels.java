package io.netsysctl.report;

import io.qameta.allure.junitplatform.AllureJunitPlatform;
import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.UniqueId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the results of the {@code netsysctl} engine into Allure's suite tree. The Allure JUnit Platform
 * listener derives suites from class sources only, so checks of YAML suites would otherwise appear as one flat
 * list. The suite is read from the test's unique id: the value of its {@code suite} segment, or else of the
 * first segment below the engine that is not a {@code class} segment (the file of a suite that could not be
 * loaded). A check over several keys
 * becomes a sub-suite holding one result per key.
 *
 * <p>Registered through {@code ServiceLoader} as an Allure {@link TestLifecycleListener}.
 */
public class AllureSuiteLabels implements TestLifecycleListener {

    private static final Logger LOG = LoggerFactory.getLogger(AllureSuiteLabels.class);

    @Override
    public void beforeTestStop(TestResult result) {
        try {
            label(result, AllureJunitPlatform.JUNIT_PLATFORM_UNIQUE_ID)
                    .map(UniqueId::parse)
                    .ifPresent(id -> addSuiteLabels(result, id.getSegments()));
        } catch (RuntimeException e) {
            // A malformed unique id leaves the result without suite labels; the result itself is still written.
            LOG.warn("Could not add Allure suite labels to {}: {}", result.getName(), e.toString());
        }
    }

    private static void addSuiteLabels(TestResult result, List<UniqueId.Segment> segments) {
        int engine = engineIndex(segments);
        if (engine < 0 || engine + 1 >= segments.size()) {
            return;
        }
        List<UniqueId.Segment> below = segments.subList(engine + 1, segments.size());
        String suite = below.stream()
                .filter(segment -> "suite".equals(segment.getType()))
                .map(UniqueId.Segment::getValue)
                .findFirst()
                .or(() -> below.stream()
                        .filter(segment -> !"class".equals(segment.getType()))
                        .map(UniqueId.Segment::getValue)
                        .findFirst())
                .orElse(below.get(0).getValue());
        result.getLabels().removeIf(label -> ResultsUtils.SUITE_LABEL_NAME.equals(label.getName())
                || ResultsUtils.PARENT_SUITE_LABEL_NAME.equals(label.getName())
                || ResultsUtils.SUB_SUITE_LABEL_NAME.equals(label.getName()));
        result.getLabels().add(ResultsUtils.createSuiteLabel(suite));
        UniqueId.Segment last = segments.get(segments.size() - 1);
        if ("key".equals(last.getType()) && segments.size() >= 2) {
            result.getLabels().add(ResultsUtils.createSubSuiteLabel(segments.get(segments.size() - 2).getValue()));
        }
    }

    private static int engineIndex(List<UniqueId.Segment> segments) {
        for (int i = 0; i < segments.size(); i++) {
            UniqueId.Segment segment = segments.get(i);
            if ("engine".equals(segment.getType()) && RunRecorder.ENGINE_ID.equals(segment.getValue())) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> label(TestResult result, String name) {
        return result.getLabels().stream()
                .filter(label -> name.equals(label.getName()))
                .map(Label::getValue)
                .findFirst();
    }
}
