package io.kubesteward.config;

import io.kubesteward.rightsizing.InvalidSettings;
import io.kubesteward.rightsizing.RightsizingSettings;
import io.kubesteward.rightsizing.SettingProblem;
import io.kubesteward.rightsizing.SettingsOverride;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * One rightsizing rules file ({@code kind: RightsizingPolicy} or {@code kind: Prices}) read onto the
 * policy so far. Every mistake is a {@link ConfigError} at the file, line and column of the key or
 * value at fault, saying what is allowed.
 */
final class RightsizingRulesFile {
    static final String POLICY = "RightsizingPolicy";
    static final String PRICES = "Prices";
    private static final Set<String> POLICY_KEYS = Set.of("apiVersion", "kind", "settings", "overrides");
    private static final Set<String> PRICES_KEYS = Set.of("apiVersion", "kind", "currency", "cpuCoreHour", "memoryGibHour");
    private static final Set<String> OVERRIDE_KEYS = Set.of("match", "settings");
    private static final Set<String> MATCH_KEYS = Set.of("namespaces", "kinds", "names");

    /** The policy as the files read so far leave it; prices field by field. */
    static final class State {
        RightsizingSettings settings = RightsizingSettings.defaults();
        final List<SettingsOverride> overrides = new ArrayList<>();
        final Map<String, String> prices = new LinkedHashMap<>();
    }

    private final String file;

    RightsizingRulesFile(String file) {
        this.file = file;
    }

    void readOnto(String content, State state) throws ConfigError {
        MappingNode root = root(content);
        String apiVersion = scalar(root, "apiVersion", true);
        if (!ConfigDocument.API_VERSION.equals(apiVersion)) {
            throw at(value(root, "apiVersion"), "apiVersion must be '" + ConfigDocument.API_VERSION + "', got '" + apiVersion + "'");
        }
        String kind = scalar(root, "kind", true);
        if (POLICY.equals(kind)) {
            keys(root, POLICY_KEYS, "a " + POLICY);
            Node settings = value(root, "settings");
            if (settings != null) {
                state.settings = settings(settings, state.settings);
            }
            Node overrides = value(root, "overrides");
            if (overrides != null) {
                for (Node item : list(overrides, "overrides")) {
                    state.overrides.add(override(item, state.settings));
                }
            }
        } else if (PRICES.equals(kind)) {
            keys(root, PRICES_KEYS, "a " + PRICES + " file");
            for (String key : List.of("currency", "cpuCoreHour", "memoryGibHour")) {
                String text = scalar(root, key, false);
                if (text != null) {
                    state.prices.put(key, text);
                }
            }
            checkPrices(root, state);
        } else {
            throw at(value(root, "kind"), "kind must be '" + POLICY + "' or '" + PRICES + "' in a rightsizing rules file, got '" + kind + "'");
        }
    }

    private void checkPrices(MappingNode root, State state) throws ConfigError {
        for (String key : List.of("cpuCoreHour", "memoryGibHour")) {
            String text = state.prices.get(key);
            try {
                if (text != null && new BigDecimal(text.trim()).signum() < 0) {
                    throw at(value(root, key), key + ": a price cannot be below 0");
                }
            } catch (NumberFormatException e) {
                throw at(value(root, key), key + ": '" + text + "' is not a price; write a number such as 0.031611");
            }
        }
    }

    private RightsizingSettings settings(Node node, RightsizingSettings base) throws ConfigError {
        Map<String, String> settings = strings(node, "settings");
        try {
            return base.with(settings, file);
        } catch (InvalidSettings e) {
            SettingProblem first = e.problems().get(0);
            throw at(keyNode(node, first.key()), first.key() + ": " + first.message());
        }
    }

    private SettingsOverride override(Node item, RightsizingSettings base) throws ConfigError {
        if (!(item instanceof MappingNode mapping)) {
            throw at(item, "each override is a mapping with 'match' and 'settings'");
        }
        keys(mapping, OVERRIDE_KEYS, "an override");
        Node match = value(mapping, "match");
        List<List<String>> lists = new ArrayList<>();
        for (String key : List.of("namespaces", "kinds", "names")) {
            lists.add(match == null ? List.of() : globs(match, key));
        }
        if (match != null) {
            if (!(match instanceof MappingNode m)) {
                throw at(match, "match is a mapping of namespaces, kinds and names (lists of globs)");
            }
            keys(m, MATCH_KEYS, "match");
        }
        Node settings = value(mapping, "settings");
        Map<String, String> values = settings == null ? Map.of() : strings(settings, "settings");
        if (settings != null) {
            // checked now, against the policy so far, so that a mistake points at this file
            settings(settings, base);
        }
        return new SettingsOverride(lists.get(0), lists.get(1), lists.get(2), values, file + ":" + line(item));
    }

    private List<String> globs(Node match, String key) throws ConfigError {
        Node node = value(match, key);
        if (node == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (Node item : list(node, "match." + key)) {
            if (!(item instanceof ScalarNode s)) {
                throw at(item, "match." + key + " holds names or globs (* and ?)");
            }
            out.add(s.getValue());
        }
        return out;
    }

    private MappingNode root(String content) throws ConfigError {
        try {
            Node root = new Compose(LoadSettings.builder().setLabel(file).build()).composeString(content).orElse(null);
            if (!(root instanceof MappingNode mapping)) {
                throw new ConfigError(file, 1, 1, "a rightsizing rules file is a YAML mapping with apiVersion and kind");
            }
            return mapping;
        } catch (MarkedYamlEngineException e) {
            var mark = e.getProblemMark().or(e::getContextMark);
            throw new ConfigError(file, mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0),
                    "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            throw new ConfigError(file, 0, 0, "not valid YAML: " + e.getMessage());
        }
    }

    private void keys(MappingNode mapping, Set<String> allowed, String what) throws ConfigError {
        for (NodeTuple t : mapping.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
            if (key == null || !allowed.contains(key)) {
                throw at(t.getKeyNode(), "unknown key '" + key + "' in " + what + "; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
            }
        }
    }

    private Map<String, String> strings(Node node, String what) throws ConfigError {
        if (!(node instanceof MappingNode mapping)) {
            throw at(node, what + " is a mapping of setting names to values");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || !(t.getValueNode() instanceof ScalarNode v)) {
                throw at(t.getKeyNode(), what + " holds plain values such as 'decreaseRatio: 0.2'");
            }
            out.put(k.getValue(), v.getValue());
        }
        return out;
    }

    private List<Node> list(Node node, String what) throws ConfigError {
        if (!(node instanceof SequenceNode sequence)) {
            throw at(node, what + " is a list");
        }
        return sequence.getValue();
    }

    private String scalar(MappingNode mapping, String key, boolean required) throws ConfigError {
        Node node = value(mapping, key);
        if (node == null) {
            if (required) {
                throw new ConfigError(file, line(mapping), 1, key + " is required");
            }
            return null;
        }
        if (!(node instanceof ScalarNode s)) {
            throw at(node, key + " is a single value");
        }
        return s.getValue();
    }

    private static Node value(Node mapping, String key) {
        Node k = keyNode(mapping, key);
        if (k == null) {
            return null;
        }
        for (NodeTuple t : ((MappingNode) mapping).getValue()) {
            if (t.getKeyNode() == k) {
                return t.getValueNode();
            }
        }
        return null;
    }

    private static Node keyNode(Node mapping, String key) {
        if (!(mapping instanceof MappingNode m)) {
            return null;
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return s;
            }
        }
        return null;
    }

    private ConfigError at(Node node, String message) {
        if (node == null) {
            return new ConfigError(file, 0, 0, message);
        }
        return new ConfigError(file, line(node), node.getStartMark().map(m -> m.getColumn() + 1).orElse(0), message);
    }

    private static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }
}
