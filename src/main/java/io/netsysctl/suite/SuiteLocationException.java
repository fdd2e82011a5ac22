package io.netsysctl.suite;

/**
 * A suite location ({@code netsysctl.suites}) that does not exist, contains no suite file or cannot be listed. The
 * message names the location and the fix.
 */
public class SuiteLocationException extends Exception {

    SuiteLocationException(String message) {
        super(message);
    }
}
