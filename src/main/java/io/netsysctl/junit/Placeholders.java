package io.netsysctl.junit;

import io.netsysctl.NetSysctlConfig;
import java.util.function.UnaryOperator;

/**
 * Resolves {@code ${name}} and {@code ${name:-default}} in annotation attributes. A name is looked up as a JVM
 * system property, then as an environment variable of the same name, then as the environment variable
 * {@link NetSysctlConfig#environmentName(String)} derives from it.
 */
final class Placeholders {

    /** Looks names up in the system properties and the environment; returns null when neither has a value. */
    static final UnaryOperator<String> SYSTEM = name -> {
        String value = System.getProperty(name);
        if (value == null) {
            value = System.getenv(name);
        }
        if (value == null) {
            value = System.getenv(NetSysctlConfig.environmentName(name));
        }
        return value;
    };

    private Placeholders() {
    }

    /**
     * Replaces every placeholder in {@code text}.
     *
     * @throws IllegalArgumentException with the reason and the fix when a placeholder is unterminated, has an
     *     empty name, or has neither a value nor a default
     */
    static String resolve(String text, UnaryOperator<String> lookup) {
        StringBuilder out = new StringBuilder();
        int position = 0;
        while (position < text.length()) {
            int start = text.indexOf("${", position);
            if (start < 0) {
                out.append(text, position, text.length());
                break;
            }
            out.append(text, position, start);
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                throw new IllegalArgumentException("unterminated placeholder '" + text.substring(start)
                        + "': close it with '}'");
            }
            out.append(valueOf(text.substring(start, end + 1), lookup));
            position = end + 1;
        }
        return out.toString();
    }

    private static String valueOf(String placeholder, UnaryOperator<String> lookup) {
        String body = placeholder.substring(2, placeholder.length() - 1);
        int separator = body.indexOf(":-");
        String name = separator < 0 ? body : body.substring(0, separator);
        if (name.isBlank()) {
            throw new IllegalArgumentException("placeholder '" + placeholder
                    + "' has no name: write ${property} or ${property:-default}");
        }
        String value = lookup.apply(name);
        if (value != null) {
            return value;
        }
        if (separator >= 0) {
            return body.substring(separator + 2);
        }
        throw new IllegalArgumentException("unresolved placeholder '" + placeholder + "': set the system property "
                + name + " or the environment variable " + NetSysctlConfig.environmentName(name)
                + ", or give a default: ${" + name + ":-value}");
    }
}
