package io.netsysctl.suite;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/** Reads one YAML document into {@link YamlNode}s, keeping the line and column of every node. */
final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final Path file;
    private final String displayName;

    YamlReader(Path file, String displayName) {
        this.file = file;
        this.displayName = displayName;
    }

    /** Parses the file, which must contain exactly one YAML document. */
    YamlNode read() throws SuiteLoadException {
        try (JsonParser parser = FACTORY.createParser(file.toFile())) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw error(new Position(1, 1), "the file is empty; a suite needs at least the fields 'suite' "
                        + "and 'checks'");
            }
            YamlNode root = readValue(parser);
            if (parser.nextToken() != null) {
                throw error(position(parser.currentTokenLocation()), "the file has more than one YAML document; "
                        + "put each suite in a file of its own");
            }
            return root;
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
                throw syntaxError(yaml);
            }
            if (e.getCause() instanceof ReaderException) {
                throw nonPrintableError();
            }
            JsonLocation location = e.getLocation();
            Position position = location == null ? new Position(1, 1) : position(location);
            throw error(position, "malformed YAML: " + e.getOriginalMessage().strip()
                    + "; fix the syntax at this position");
        } catch (IOException e) {
            throw error(new Position(1, 1), "failed to read the file: " + e.getMessage());
        }
    }

    /** Reports SnakeYAML's problem at its own mark, with the construct it was parsing when there is one. */
    private SuiteLoadException syntaxError(MarkedYAMLException yaml) {
        Mark problem = yaml.getProblemMark();
        StringBuilder message = new StringBuilder("malformed YAML: ").append(yaml.getProblem());
        if (yaml.getContext() != null) {
            message.append(" ").append(yaml.getContext());
            Mark context = yaml.getContextMark();
            if (context != null) {
                message.append(" that starts at ").append(context.getLine() + 1).append(":")
                        .append(context.getColumn() + 1);
            }
        }
        message.append("; fix the syntax at this position");
        return error(new Position(problem.getLine() + 1, problem.getColumn() + 1), message.toString());
    }

    /**
     * Reports the first character that YAML does not allow in a file. SnakeYAML rejects it before it counts
     * lines, so its own message has no position; the file is scanned again here to find one.
     */
    private SuiteLoadException nonPrintableError() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return error(new Position(1, 1), "failed to read the file: " + e.getMessage());
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int c = text.codePointAt(i);
            if (!isPrintable(c)) {
                return error(new Position(line, column), "the file contains the character U+"
                        + String.format(Locale.ROOT, "%04X", c) + ", which YAML does not allow; remove it");
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return error(new Position(1, 1), "the file contains a character that YAML does not allow; save it as "
                + "UTF-8 text without control characters");
    }

    /** Returns whether YAML 1.1 allows {@code c} in a stream, as SnakeYAML checks it. */
    private static boolean isPrintable(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85
                || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private YamlNode readValue(JsonParser parser) throws IOException, SuiteLoadException {
        Position at = position(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        // Jackson hands an alias over as a text value that contains the anchor's name, so it has to be caught here.
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
            throw error(at, "YAML alias '*" + parser.getText() + "' is not supported; write the value out in full");
        }
        switch (token) {
            case START_OBJECT:
                return readMapping(parser, at);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser));
                }
                return new YamlNode.Sequence(at, List.copyOf(items));
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.NUMBER);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.BOOLEAN);
            case VALUE_NULL:
                return new YamlNode.Scalar(at, null, YamlNode.Scalar.Kind.NULL);
            case VALUE_STRING:
                return new YamlNode.Scalar(at, parser.getText(), YamlNode.Scalar.Kind.TEXT);
            default:
                throw error(at, "unsupported YAML content " + token);
        }
    }

    private YamlNode readMapping(JsonParser parser, Position at) throws IOException, SuiteLoadException {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, Position> keys = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            Position keyAt = position(parser.currentTokenLocation());
            if (entries.containsKey(name)) {
                throw error(keyAt, "duplicate field '" + name + "' (first at line " + keys.get(name).line()
                        + "); keep one of them");
            }
            parser.nextToken();
            keys.put(name, keyAt);
            entries.put(name, readValue(parser));
        }
        return new YamlNode.Mapping(at, entries, keys);
    }

    private static Position position(JsonLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private SuiteLoadException error(Position position, String message) {
        return new SuiteLoadException(displayName, position, message);
    }
}
