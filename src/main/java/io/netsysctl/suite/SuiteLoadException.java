package io.netsysctl.suite;

/**
 * A suite file that cannot be loaded. The message starts with {@code FILE:LINE:COLUMN: } so that IDEs and
 * terminals link it to the spot.
 */
public class SuiteLoadException extends Exception {

    private final String file;
    private final int line;
    private final int column;

    SuiteLoadException(String file, Position position, String message) {
        super(file + ":" + position + ": " + message);
        this.file = file;
        this.line = position.line();
        this.column = position.column();
    }

    /** Returns the file as given on the command line or found in the suites folder. */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
