package io.netsysctl.model;

import java.util.regex.Pattern;

/**
 * The syntax check for a Docker image reference (name, tag and digest) that the suite loader and the engine
 * client share, so a suite that loads never names an image the engine client rejects.
 */
public final class ImageReference {

    /** The characters of a reference: it starts with a letter or digit. The Docker engine checks the full grammar. */
    private static final Pattern CHARACTERS = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+-]*");

    private ImageReference() {
    }

    /**
     * Returns whether {@code reference} starts with a letter or digit, uses only the characters of the
     * reference syntax and contains no {@code ..}. No valid reference contains {@code ..}, and in an engine
     * request path it would change which request is sent.
     */
    public static boolean isValid(String reference) {
        return reference != null && CHARACTERS.matcher(reference).matches() && !reference.contains("..");
    }

    /**
     * Returns whether {@code reference} starts with a letter or digit and uses only the characters of the
     * reference syntax. Unlike {@link #isValid}, it ignores the {@code ..} rule, so a caller can name the rule
     * that a reference breaks.
     */
    public static boolean hasValidCharacters(String reference) {
        return reference != null && CHARACTERS.matcher(reference).matches();
    }
}
