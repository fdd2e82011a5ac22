package io.netsysctl.suite;

import io.netsysctl.target.TargetSpec;
import java.util.List;

/**
 * A loaded suite file.
 *
 * @param file the file as shown in messages and reports, relative to the working directory when below it
 * @param id the suite id, unique in a run
 * @param target the target every check except {@code rejected} runs against
 * @param checks the checks in file order
 */
record SuiteDefinition(String file, String id, String description, Position position, TargetSpec target,
        List<CheckDefinition> checks) {
}
