package io.netsysctl.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Typed access to the fields of one YAML mapping, turning every problem into a {@link SuiteLoadException}
 * that names the file, position, field and owner ("check 'keepalive-time-applied'").
 */
final class FieldReader {

    private final String file;
    private final YamlNode.Mapping mapping;
    private final String owner;

    FieldReader(String file, YamlNode.Mapping mapping, String owner) {
        this.file = file;
        this.mapping = mapping;
        this.owner = owner;
    }

    /** Casts {@code node} to a mapping or reports that {@code what} must be one. */
    static YamlNode.Mapping mapping(String file, YamlNode node, String what) throws SuiteLoadException {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        throw new SuiteLoadException(file, node.position(), what + " must be a mapping of fields, not "
                + node.typeName());
    }

    String file() {
        return file;
    }

    String owner() {
        return owner;
    }

    YamlNode.Mapping node() {
        return mapping;
    }

    SuiteLoadException error(Position position, String message) {
        return new SuiteLoadException(file, position, message);
    }

    /** Reports the first field not in {@code allowed}, suggesting the closest allowed name. */
    void rejectUnknown(List<String> allowed) throws SuiteLoadException {
        for (String name : mapping.entries().keySet()) {
            if (!allowed.contains(name)) {
                String hint = closest(name, allowed).map(match -> "; did you mean '" + match + "'?").orElse(".");
                throw error(mapping.keys().get(name), "unknown field '" + name + "' in " + owner + hint
                        + " Fields: " + String.join(", ", allowed));
            }
        }
    }

    boolean has(String name) {
        return mapping.entries().containsKey(name);
    }

    Optional<YamlNode> get(String name) {
        return Optional.ofNullable(mapping.entries().get(name));
    }

    Position keyPosition(String name) {
        return mapping.keys().getOrDefault(name, mapping.position());
    }

    YamlNode require(String name, String example) throws SuiteLoadException {
        YamlNode node = mapping.entries().get(name);
        if (node == null) {
            throw error(mapping.position(), owner + " has no field '" + name + "'; add it, for example '"
                    + example + "'");
        }
        return node;
    }

    /** Returns a text scalar; numbers are accepted as their text when {@code numbersToo}. */
    String text(String name, YamlNode node, boolean numbersToo) throws SuiteLoadException {
        if (node instanceof YamlNode.Scalar scalar && (scalar.kind() == YamlNode.Scalar.Kind.TEXT
                || numbersToo && scalar.kind() == YamlNode.Scalar.Kind.NUMBER)) {
            return checkCharacters(name, scalar);
        }
        throw wrongType(name, node, numbersToo ? "a number or text" : "text");
    }

    /** Returns free text such as a description, which may span lines. */
    String prose(String name, YamlNode node) throws SuiteLoadException {
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.TEXT) {
            return scalar.text();
        }
        throw wrongType(name, node, "text");
    }

    boolean bool(String name, YamlNode node) throws SuiteLoadException {
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(scalar.text());
        }
        throw wrongType(name, node, "true or false");
    }

    long number(String name, YamlNode node) throws SuiteLoadException {
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.NUMBER) {
            try {
                return Long.parseLong(scalar.text());
            } catch (NumberFormatException e) {
                throw error(node.position(), "field '" + name + "' in " + owner + " must be a whole number "
                        + "between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE + ", not " + scalar.text());
            }
        }
        throw wrongType(name, node, "a whole number");
    }

    List<YamlNode> list(String name, YamlNode node) throws SuiteLoadException {
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items();
        }
        throw wrongType(name, node, "a list");
    }

    /** Returns one of {@code choices}, reporting the accepted names otherwise. */
    String choice(String name, YamlNode node, List<String> choices) throws SuiteLoadException {
        String value = text(name, node, false);
        if (!choices.contains(value)) {
            String hint = closest(value, choices).map(match -> "did you mean '" + match + "'? ").orElse("");
            throw error(node.position(), "invalid value '" + value + "' for field '" + name + "' in " + owner
                    + "; " + hint + "Accepted: " + String.join(", ", choices));
        }
        return value;
    }

    SuiteLoadException wrongType(String name, YamlNode node, String expected) {
        if (node instanceof YamlNode.Scalar scalar && scalar.kind() == YamlNode.Scalar.Kind.NULL) {
            return error(node.position(), "field '" + name + "' in " + owner + " has no value; give it " + expected);
        }
        return error(node.position(), "field '" + name + "' in " + owner + " must be " + expected + ", not "
                + node.typeName());
    }

    private String checkCharacters(String name, YamlNode.Scalar scalar) throws SuiteLoadException {
        String text = scalar.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                throw error(scalar.position(), "field '" + name + "' in " + owner + " contains the control "
                        + "character U+" + String.format(Locale.ROOT, "%04X", (int) c) + " at offset " + i
                        + "; remove it (separate fields with spaces)");
            }
        }
        return text;
    }

    /** Returns the allowed name closest to {@code name}: same letters ignoring case, or at most two edits. */
    static Optional<String> closest(String name, List<String> allowed) {
        String best = null;
        int bestDistance = 3;
        for (String candidate : allowed) {
            int distance = candidate.equalsIgnoreCase(name) ? 0 : distance(name.toLowerCase(Locale.ROOT),
                    candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance between two names. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** Returns the fields of {@code group} that this mapping has, in file order. */
    List<String> present(Set<String> group) {
        List<String> out = new ArrayList<>();
        for (String name : mapping.entries().keySet()) {
            if (group.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
