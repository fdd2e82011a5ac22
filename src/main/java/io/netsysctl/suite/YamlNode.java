package io.netsysctl.suite;

import java.util.List;
import java.util.Map;

/** A YAML node that remembers where it starts, which Jackson's {@code JsonNode} does not. */
sealed interface YamlNode {

    Position position();

    /** Returns the node's type for messages, with its article: a mapping, a list, a number, text, ... */
    String typeName();

    /**
     * A mapping in file order.
     *
     * @param keys the position of each key, for messages about the key itself
     */
    record Mapping(Position position, Map<String, YamlNode> entries, Map<String, Position> keys)
            implements YamlNode {

        @Override
        public String typeName() {
            return "a mapping";
        }
    }

    /** A sequence. */
    record Sequence(Position position, List<YamlNode> items) implements YamlNode {

        @Override
        public String typeName() {
            return "a list";
        }
    }

    /**
     * A scalar.
     *
     * @param text the scalar's text; {@code null} for a YAML null
     * @param kind how YAML typed it
     */
    record Scalar(Position position, String text, Kind kind) implements YamlNode {

        /** The YAML type of a scalar. */
        enum Kind {
            TEXT, NUMBER, BOOLEAN, NULL
        }

        @Override
        public String typeName() {
            return switch (kind) {
                case TEXT -> "text";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case NULL -> "null";
            };
        }
    }
}
