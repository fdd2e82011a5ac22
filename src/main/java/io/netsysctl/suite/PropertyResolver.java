package io.netsysctl.suite;

import io.netsysctl.NetSysctlConfig;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${name}} and {@code ${name:-default}} in suite values. A name is looked up in the JVM
 * system properties, then in the environment under the name itself, then under its environment form
 * ({@code netsysctl.image} gives {@code NETSYSCTL_IMAGE}). {@code ${netsysctl.image}} falls back to
 * {@link NetSysctlConfig#DEFAULT_IMAGE}.
 */
final class PropertyResolver {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)(?::-([^}]*))?}");

    private final Function<String, String> systemProperties;
    private final Function<String, String> environment;

    PropertyResolver(Function<String, String> systemProperties, Function<String, String> environment) {
        this.systemProperties = systemProperties;
        this.environment = environment;
    }

    static PropertyResolver system() {
        return new PropertyResolver(System::getProperty, System::getenv);
    }

    /** Thrown for a placeholder that has no value and no default. */
    static final class UnresolvedPropertyException extends Exception {
        private final String name;

        UnresolvedPropertyException(String name) {
            super(name);
            this.name = name;
        }

        String name() {
            return name;
        }
    }

    String resolve(String text) throws UnresolvedPropertyException {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).strip();
            Optional<String> value = lookup(name);
            if (value.isEmpty() && matcher.group(2) != null) {
                value = Optional.of(matcher.group(2));
            }
            if (value.isEmpty() && name.equals(NetSysctlConfig.IMAGE)) {
                value = Optional.of(NetSysctlConfig.DEFAULT_IMAGE);
            }
            if (value.isEmpty()) {
                throw new UnresolvedPropertyException(name);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value.get()));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private Optional<String> lookup(String name) {
        String value = systemProperties.apply(name);
        if (value == null || value.isBlank()) {
            value = environment.apply(name);
        }
        if (value == null || value.isBlank()) {
            value = environment.apply(NetSysctlConfig.environmentName(name));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
