package io.netsysctl.target.shell;

/** Thrown when a probe script's output is not in the form the script prints, so no result can be trusted. */
public class ProbeOutputException extends IllegalStateException {

    public ProbeOutputException(String probe, String problem, String output) {
        super("unexpected output from the " + probe + " script: " + problem + "; output was: "
                + abbreviate(output));
    }

    private static String abbreviate(String output) {
        String visible = output.replace("\001", "\\001").replace("\002", "\\002").replace("\003", "\\003");
        return visible.length() <= 400 ? "'" + visible + "'" : "'" + visible.substring(0, 400) + "...' ("
                + visible.length() + " characters)";
    }
}
