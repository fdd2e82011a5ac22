package io.netsysctl.suite;

/**
 * A place in a suite file, both numbers starting at 1.
 *
 * @param line the line number
 * @param column the column number
 */
record Position(int line, int column) {

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
