package io.netsysctl.suite;

import java.util.List;

/**
 * One check of a suite.
 *
 * @param keyPositions for {@link CheckKind.Isolated}, the position of each key in the list
 */
record CheckDefinition(String id, Position position, CheckKind kind, List<Position> keyPositions) {
}
