package io.netsysctl.config;

import io.netsysctl.NetSysctlConfig;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Resolves {@code ${name}} and {@code ${name:-default}} in annotation attributes and suite values. A name whose
 * value is unset, empty or blank takes the default. {@code ${netsysctl.image}} without a default
 * falls back to {@link NetSysctlConfig#DEFAULT_IMAGE}.
 *
 * <p>Internal: the extension and the suite engine share this class. It is not part of the API.
 */
public final class Placeholders {

    private final UnaryOperator<String> lookup;

    private Placeholders(UnaryOperator<String> lookup) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /**
     * Looks a name up in the JVM system properties, then in the environment under the name itself, then under
     * its environment form ({@code netsysctl.image} gives {@code NETSYSCTL_IMAGE}).
     */
    public static Placeholders system() {
        return from(System::getProperty, System::getenv);
    }

    /** Looks names up in {@code properties}, then in {@code environment} as {@link #system()} does. */
    public static Placeholders from(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        return new Placeholders(name -> firstValue(properties.apply(name), environment.apply(name),
                environment.apply(NetSysctlConfig.environmentName(name))));
    }

    /** Looks names up with {@code lookup} alone; a null or blank result means unset. */
    public static Placeholders of(UnaryOperator<String> lookup) {
        return new Placeholders(lookup);
    }

    /** Returns the value of {@code name}, or null when it is unset or blank. */
    public String lookup(String name) {
        return firstValue(lookup.apply(name));
    }

    /**
     * Replaces every placeholder in {@code text}.
     *
     * @throws PlaceholderException with the reason and the fix when a placeholder is unterminated, has an empty
     *     name, or has neither a value nor a default
     */
    public String resolve(String text) {
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
                throw new PlaceholderException(PlaceholderException.Kind.UNTERMINATED, text.substring(start), "",
                        "unterminated placeholder '" + text.substring(start) + "': close it with '}'");
            }
            out.append(valueOf(text.substring(start, end + 1)));
            position = end + 1;
        }
        return out.toString();
    }

    private String valueOf(String placeholder) {
        String body = placeholder.substring(2, placeholder.length() - 1);
        int separator = body.indexOf(":-");
        String name = (separator < 0 ? body : body.substring(0, separator)).strip();
        if (name.isEmpty()) {
            throw new PlaceholderException(PlaceholderException.Kind.EMPTY_NAME, placeholder, name,
                    "placeholder '" + placeholder + "' has no name: write ${property} or ${property:-default}");
        }
        String value = lookup(name);
        if (value != null) {
            return value;
        }
        if (separator >= 0) {
            return body.substring(separator + 2);
        }
        if (name.equals(NetSysctlConfig.IMAGE)) {
            return NetSysctlConfig.DEFAULT_IMAGE;
        }
        throw new PlaceholderException(PlaceholderException.Kind.UNRESOLVED, placeholder, name,
                "unresolved placeholder '" + placeholder + "': set the system property " + name
                        + " or the environment variable " + NetSysctlConfig.environmentName(name)
                        + ", or give a default: ${" + name + ":-value}");
    }

    private static String firstValue(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate;
            }
        }
        return null;
    }
}
