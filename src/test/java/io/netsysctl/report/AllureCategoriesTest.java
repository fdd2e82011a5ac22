package io.netsysctl.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Matches broken results against categories.json the way Allure 2 does: a category applies when the status is
 * listed and the whole stack trace matches its {@code traceRegex}, and a result gets every category that applies.
 */
class AllureCategoriesTest {

    private static final String LOAD_TRACE = "io.netsysctl.suite.SuiteLoadException: suites/bad.yaml:5:13: field "
            + "'equals' in check 'a' must be a number or text, not a list\n\tat io.netsysctl.suite.FieldReader.text"
            + "(FieldReader.java:90)\n";
    private static final String LOCATION_TRACE = "io.netsysctl.suite.SuiteLocationException: suite location "
            + "'/tmp/none' does not exist; set -Dnetsysctl.suites=PATH\n\tat io.netsysctl.suite.SuiteDiscovery"
            + ".buildTree(SuiteDiscovery.java:160)\n";
    private static final String ENGINE_TRACE = "io.netsysctl.target.InfrastructureException: The target of suite "
            + "'keepalive' (suites/keepalive.yaml) failed to start: no Docker engine answers\n\tat io.netsysctl"
            + ".suite.SuiteContext.target(SuiteContext.java:80)\n";

    @Test
    void loadFailureIsInvalidSuiteOnly() throws IOException {
        assertThat(brokenCategories(LOAD_TRACE)).containsExactly("Invalid suite");
    }

    @Test
    void locationFailureIsInvalidSuiteOnly() throws IOException {
        assertThat(brokenCategories(LOCATION_TRACE)).containsExactly("Invalid suite");
    }

    @Test
    void engineFailureIsInfrastructureOnly() throws IOException {
        assertThat(brokenCategories(ENGINE_TRACE)).containsExactly("Infrastructure error");
    }

    @Test
    void invalidSuiteExceptionsExist() throws ClassNotFoundException {
        for (String name : AllureResultsWriter.INVALID_SUITE_EXCEPTIONS) {
            assertThat(Class.forName(name)).as(name).isAssignableTo(Exception.class);
        }
    }

    private static List<String> brokenCategories(String trace) throws IOException {
        JsonNode categories = new ObjectMapper().readTree(AllureResultsWriter.categories());
        List<String> names = new ArrayList<>();
        for (JsonNode category : categories) {
            boolean broken = false;
            for (JsonNode status : category.path("matchedStatuses")) {
                broken |= status.asText().equals("broken");
            }
            boolean messageMatches = !category.has("messageRegex");
            boolean traceMatches = !category.has("traceRegex") || trace.matches(category.get("traceRegex").asText());
            if (broken && messageMatches && traceMatches) {
                names.add(category.get("name").asText());
            }
        }
        return names;
    }
}
