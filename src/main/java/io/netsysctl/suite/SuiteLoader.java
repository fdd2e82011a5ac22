package io.netsysctl.suite;

import io.netsysctl.NetSysctlConfig;
import io.netsysctl.NetworkMode;
import io.netsysctl.RuntimeKind;
import io.netsysctl.config.PlaceholderException;
import io.netsysctl.config.Placeholders;
import io.netsysctl.model.ImageReference;
import io.netsysctl.model.SysctlKey;
import io.netsysctl.target.TargetSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Loads and validates one suite file. Every problem becomes a {@link SuiteLoadException} with a position. */
final class SuiteLoader {

    static final List<String> SUITE_FIELDS = List.of("suite", "description", "target", "checks");
    static final List<String> TARGET_FIELDS = List.of("image", "runtime", "network", "privileged", "securityOpt",
            "sysctls");
    static final Pattern SUITE_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Placeholders properties;

    SuiteLoader(Placeholders properties) {
        this.properties = properties;
    }

    /**
     * Loads a suite.
     *
     * @param displayName the file as messages show it
     */
    SuiteDefinition load(Path file, String displayName) throws SuiteLoadException {
        YamlNode root = new YamlReader(file, displayName).read();
        YamlNode.Mapping mapping = FieldReader.mapping(displayName, root, "a suite file");
        FieldReader suite = new FieldReader(displayName, mapping, "the suite");
        suite.rejectUnknown(SUITE_FIELDS);

        YamlNode idNode = suite.require("suite", "suite: keepalive-follows-container");
        String id = suite.text("suite", idNode, false);
        if (!SUITE_ID.matcher(id).matches()) {
            throw suite.error(idNode.position(), "invalid suite id '" + id + "'; use lowercase letters, digits "
                    + "and '-', starting with a letter or digit, for example 'keepalive-follows-container'");
        }
        String description = "";
        if (suite.has("description")) {
            description = suite.prose("description", suite.get("description").get()).strip();
        }
        FieldReader owner = new FieldReader(displayName, mapping, "suite '" + id + "'");
        TargetSpec target = readTarget(displayName, owner);

        YamlNode checksNode = owner.require("checks", "checks: [{id: keepalive-time-applied, sysctl: "
                + "net.ipv4.tcp_keepalive_time, equals: 600}]");
        List<YamlNode> items = owner.list("checks", checksNode);
        if (items.isEmpty()) {
            throw owner.error(checksNode.position(), "'checks' of suite '" + id + "' is empty; add at least one "
                    + "check");
        }
        CheckParser parser = new CheckParser(displayName, properties);
        List<CheckDefinition> checks = new ArrayList<>();
        Map<String, Position> ids = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            CheckDefinition check = parser.parse(items.get(i), i + 1);
            Position first = ids.putIfAbsent(check.id(), check.position());
            if (first != null) {
                throw owner.error(check.position(), "duplicate check id '" + check.id() + "' in suite '" + id
                        + "' (first at line " + first.line() + "); give each check its own id");
            }
            checks.add(check);
        }
        return new SuiteDefinition(displayName, id, description, suite.keyPosition("suite"), target,
                List.copyOf(checks));
    }

    private TargetSpec readTarget(String file, FieldReader suite) throws SuiteLoadException {
        YamlNode.Mapping mapping = suite.get("target").isPresent()
                ? FieldReader.mapping(file, suite.get("target").get(), "'target' of " + suite.owner())
                : new YamlNode.Mapping(suite.node().position(), Map.of(), Map.of());
        FieldReader target = new FieldReader(file, mapping, "the target of " + suite.owner());
        target.rejectUnknown(TARGET_FIELDS);

        String image = "${netsysctl.image}";
        Position imageAt = target.keyPosition("image");
        if (target.has("image")) {
            YamlNode node = target.get("image").get();
            image = target.text("image", node, false);
            imageAt = node.position();
        }
        image = resolve(target, "image", image, imageAt);
        if (!ImageReference.isValid(image)) {
            String rule = ImageReference.hasValidCharacters(image) ? "it must not contain '..'"
                    : "it must start with a letter or digit and contain only letters, digits and . _ : / @ + -";
            throw target.error(imageAt, "invalid image reference '" + image + "' in field 'image' of "
                    + target.owner() + ": " + rule + "; write REPOSITORY[:TAG] or REPOSITORY@DIGEST, for example "
                    + "netsysctl/busybox:local");
        }
        RuntimeKind runtime = RuntimeKind.AUTO;
        if (target.has("runtime")) {
            runtime = RuntimeKind.valueOf(target.choice("runtime", target.get("runtime").get(),
                    List.of("docker", "sandbox", "auto")).toUpperCase(Locale.ROOT));
        }
        NetworkMode network = NetworkMode.BRIDGE;
        if (target.has("network")) {
            network = readNetwork(target, target.get("network").get());
        }
        boolean privileged = false;
        if (target.has("privileged")) {
            privileged = target.bool("privileged", target.get("privileged").get());
        }
        List<String> securityOpt = List.of();
        if (target.has("securityOpt")) {
            securityOpt = readSecurityOpt(target, target.get("securityOpt").get(), properties);
        }
        Map<SysctlKey, String> sysctls = Map.of();
        if (target.has("sysctls")) {
            sysctls = readSysctls(target, target.get("sysctls").get(), properties);
        }
        return new TargetSpec(runtime, image, network, privileged, securityOpt, sysctls);
    }

    static NetworkMode readNetwork(FieldReader owner, YamlNode node) throws SuiteLoadException {
        return NetworkMode.valueOf(owner.choice("network", node, List.of("bridge", "none", "host"))
                .toUpperCase(Locale.ROOT));
    }

    static List<String> readSecurityOpt(FieldReader owner, YamlNode node, Placeholders properties)
            throws SuiteLoadException {
        List<String> out = new ArrayList<>();
        for (YamlNode item : owner.list("securityOpt", node)) {
            out.add(resolve(owner, "securityOpt", owner.text("securityOpt", item, false), item.position(),
                    properties));
        }
        return List.copyOf(out);
    }

    static Map<SysctlKey, String> readSysctls(FieldReader owner, YamlNode node, Placeholders properties)
            throws SuiteLoadException {
        YamlNode.Mapping mapping = FieldReader.mapping(owner.file(), node, "'sysctls' of " + owner.owner());
        Map<SysctlKey, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : mapping.entries().entrySet()) {
            SysctlKey key = key(owner, entry.getKey(), mapping.keys().get(entry.getKey()), "sysctls");
            String field = "sysctls." + entry.getKey();
            String value = owner.text(field, entry.getValue(), true);
            out.put(key, resolve(owner, field, value, entry.getValue().position(), properties));
        }
        return out;
    }

    /** Parses a key, reporting an invalid one at {@code position} with the reason. */
    static SysctlKey key(FieldReader owner, String text, Position position, String field) throws SuiteLoadException {
        try {
            return KeyValidator.parse(text);
        } catch (IllegalArgumentException e) {
            throw owner.error(position, "invalid sysctl key '" + text + "' in field '" + field + "' of "
                    + owner.owner() + ": " + e.getMessage() + "; write keys like net.ipv4.tcp_keepalive_time, or "
                    + "net/ipv4/tcp_keepalive_time");
        }
    }

    private String resolve(FieldReader owner, String field, String text, Position position)
            throws SuiteLoadException {
        return resolve(owner, field, text, position, properties);
    }

    static String resolve(FieldReader owner, String field, String text, Position position,
            Placeholders properties) throws SuiteLoadException {
        try {
            return properties.resolve(text);
        } catch (PlaceholderException e) {
            if (e.kind() != PlaceholderException.Kind.UNRESOLVED) {
                throw owner.error(position, "invalid value in field '" + field + "' of " + owner.owner() + ": "
                        + e.getMessage());
            }
            String name = e.name();
            throw owner.error(position, "unresolved property '${" + name + "}' in field '" + field + "' of "
                    + owner.owner() + "; set -D" + name + "=VALUE or the environment variable "
                    + NetSysctlConfig.environmentName(name) + ", or give a default: '${" + name
                    + ":-VALUE}'");
        }
    }
}
