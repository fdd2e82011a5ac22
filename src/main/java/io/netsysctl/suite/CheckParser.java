package io.netsysctl.suite;

import io.netsysctl.NetworkMode;
import io.netsysctl.config.Placeholders;
import io.netsysctl.model.SysctlKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Parses one entry of {@code checks}: the id, exactly one kind and the fields that kind uses. */
final class CheckParser {

    static final List<String> KINDS = List.of("equals", "sameAs", "oneOf", "range", "matches", "absent",
            "isolated", "readOnly", "rejected");
    static final List<String> CHECK_FIELDS = List.of("id", "description", "sysctl", "equals", "sameAs", "oneOf",
            "range", "matches", "absent", "isolated", "mutateHost", "readOnly", "rejected");
    static final List<String> VALUE_KINDS = List.of("equals", "sameAs", "oneOf", "range", "matches", "absent");
    static final List<String> RANGE_FIELDS = List.of("min", "max");
    static final List<String> REJECTED_FIELDS = List.of("network", "privileged", "securityOpt", "sysctls");

    private final String file;
    private final Placeholders properties;

    CheckParser(String file, Placeholders properties) {
        this.file = file;
        this.properties = properties;
    }

    /**
     * Parses a check.
     *
     * @param number the check's place in the list, starting at 1, for messages about a check without an id
     */
    CheckDefinition parse(YamlNode node, int number) throws SuiteLoadException {
        YamlNode.Mapping mapping = FieldReader.mapping(file, node, "check " + number);
        FieldReader unnamed = new FieldReader(file, mapping, "check " + number);
        String id = unnamed.text("id", unnamed.require("id", "id: keepalive-time-applied"), true).strip();
        if (id.isEmpty()) {
            throw unnamed.error(mapping.entries().get("id").position(), "check " + number + " has an empty id; "
                    + "give it a name such as 'keepalive-time-applied'");
        }
        FieldReader check = new FieldReader(file, mapping, "check '" + id + "'");
        check.rejectUnknown(CHECK_FIELDS);
        if (check.has("description")) {
            check.prose("description", check.get("description").get());
        }

        List<String> kinds = check.present(Set.copyOf(KINDS));
        if (kinds.isEmpty()) {
            throw check.error(mapping.position(), "check '" + id + "' has no kind; add exactly one of: "
                    + String.join(", ", KINDS));
        }
        if (kinds.size() > 1) {
            throw check.error(check.keyPosition(kinds.get(1)), "check '" + id + "' has two kinds, '" + kinds.get(0)
                    + "' and '" + kinds.get(1) + "'; split it into two checks");
        }
        String kind = kinds.get(0);
        if (check.has("mutateHost") && !kind.equals("isolated")) {
            throw check.error(check.keyPosition("mutateHost"), "field 'mutateHost' in check '" + id + "' applies "
                    + "only to 'isolated'; remove it");
        }
        YamlNode value = check.get(kind).get();
        if (VALUE_KINDS.contains(kind)) {
            YamlNode keyNode = check.require("sysctl", "sysctl: net.ipv4.tcp_keepalive_time");
            SysctlKey key = SuiteLoader.key(check, check.text("sysctl", keyNode, false), keyNode.position(),
                    "sysctl");
            return new CheckDefinition(id, mapping.position(), valueKind(check, kind, key, value), List.of());
        }
        if (check.has("sysctl")) {
            throw check.error(check.keyPosition("sysctl"), "field 'sysctl' in check '" + id + "' is not used by '"
                    + kind + "'; remove it" + (kind.equals("isolated") ? " and list the keys in 'isolated'" : ""));
        }
        switch (kind) {
            case "isolated":
                return isolated(check, id, mapping, value);
            case "readOnly":
                return new CheckDefinition(id, mapping.position(), new CheckKind.ReadOnly(path(check, value)),
                        List.of());
            default:
                return new CheckDefinition(id, mapping.position(), rejected(check, value), List.of());
        }
    }

    private CheckKind valueKind(FieldReader check, String kind, SysctlKey key, YamlNode value)
            throws SuiteLoadException {
        switch (kind) {
            case "equals":
                return new CheckKind.Equals(key, check.text(kind, value, true));
            case "sameAs":
                String reference = check.choice(kind, value, List.of("host", "fresh-namespace"));
                return new CheckKind.SameAs(key, reference.equals("host") ? CheckKind.Reference.HOST
                        : CheckKind.Reference.FRESH_NAMESPACE);
            case "oneOf":
                List<String> values = new ArrayList<>();
                for (YamlNode item : check.list(kind, value)) {
                    values.add(check.text(kind, item, true));
                }
                if (values.isEmpty()) {
                    throw check.error(value.position(), "field 'oneOf' in " + check.owner() + " is empty; list "
                            + "the accepted values, for example [1, 2]");
                }
                return new CheckKind.OneOf(key, List.copyOf(values));
            case "range":
                return range(check, key, value);
            case "matches":
                String regex = check.text(kind, value, false);
                try {
                    return new CheckKind.Matches(key, Pattern.compile(regex));
                } catch (PatternSyntaxException e) {
                    throw check.error(value.position(), "invalid regular expression in field 'matches' of "
                            + check.owner() + ": " + e.getDescription() + " near index " + e.getIndex()
                            + "; write a java.util.regex pattern, in single quotes in YAML");
                }
            default:
                return new CheckKind.Absent(key, check.bool(kind, value));
        }
    }

    private CheckKind range(FieldReader check, SysctlKey key, YamlNode value) throws SuiteLoadException {
        YamlNode.Mapping bounds = FieldReader.mapping(file, value, "field 'range' of " + check.owner());
        FieldReader range = new FieldReader(file, bounds, "the range of " + check.owner());
        range.rejectUnknown(RANGE_FIELDS);
        if (bounds.entries().isEmpty()) {
            throw check.error(value.position(), "field 'range' in " + check.owner() + " has no bounds; give min, "
                    + "max or both, for example { min: 128, max: 65535 }");
        }
        long min = range.has("min") ? range.number("min", range.get("min").get()) : Long.MIN_VALUE;
        long max = range.has("max") ? range.number("max", range.get("max").get()) : Long.MAX_VALUE;
        if (min > max) {
            throw check.error(value.position(), "field 'range' in " + check.owner() + " has min " + min
                    + " above max " + max + "; swap them");
        }
        return new CheckKind.Range(key, min, max);
    }

    private CheckDefinition isolated(FieldReader check, String id, YamlNode.Mapping mapping, YamlNode value)
            throws SuiteLoadException {
        boolean mutateHost = check.has("mutateHost") && check.bool("mutateHost", check.get("mutateHost").get());
        List<SysctlKey> keys = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        boolean perKey = value instanceof YamlNode.Sequence;
        List<YamlNode> items = perKey ? check.list("isolated", value) : List.of(value);
        if (items.isEmpty()) {
            throw check.error(value.position(), "field 'isolated' in check '" + id + "' is empty; list at least "
                    + "one key");
        }
        Set<SysctlKey> seen = new LinkedHashSet<>();
        for (YamlNode item : items) {
            SysctlKey key = SuiteLoader.key(check, check.text("isolated", item, false), item.position(),
                    "isolated");
            if (!seen.add(key)) {
                throw check.error(item.position(), "key " + key + " is listed twice in 'isolated' of check '" + id
                        + "'; remove one");
            }
            keys.add(key);
            positions.add(item.position());
        }
        return new CheckDefinition(id, mapping.position(), new CheckKind.Isolated(List.copyOf(keys), mutateHost,
                perKey), List.copyOf(positions));
    }

    private String path(FieldReader check, YamlNode value) throws SuiteLoadException {
        String path = check.text("readOnly", value, false);
        boolean escapes = List.of(path.split("/")).stream().anyMatch(part -> part.equals(".."));
        if (!path.startsWith("/") || escapes || path.contains("\t")) {
            throw check.error(value.position(), "invalid path '" + path + "' in field 'readOnly' of "
                    + check.owner() + "; write an absolute path inside the target without '..', such as /proc/sys");
        }
        return path;
    }

    private CheckKind rejected(FieldReader check, YamlNode value) throws SuiteLoadException {
        YamlNode.Mapping mapping = FieldReader.mapping(file, value, "field 'rejected' of " + check.owner());
        FieldReader overrides = new FieldReader(file, mapping, "'rejected' of " + check.owner());
        overrides.rejectUnknown(REJECTED_FIELDS);
        if (mapping.entries().isEmpty()) {
            throw check.error(value.position(), "field 'rejected' in " + check.owner() + " has no overrides; give "
                    + "at least one of: " + String.join(", ", REJECTED_FIELDS));
        }
        NetworkMode network = overrides.has("network")
                ? SuiteLoader.readNetwork(overrides, overrides.get("network").get()) : null;
        Boolean privileged = overrides.has("privileged")
                ? overrides.bool("privileged", overrides.get("privileged").get()) : null;
        List<String> securityOpt = overrides.has("securityOpt")
                ? SuiteLoader.readSecurityOpt(overrides, overrides.get("securityOpt").get(), properties) : null;
        Map<SysctlKey, String> sysctls = overrides.has("sysctls")
                ? SuiteLoader.readSysctls(overrides, overrides.get("sysctls").get(), properties) : null;
        return new CheckKind.Rejected(network, privileged, securityOpt, sysctls);
    }
}
