package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A rendered manifest split into its objects, keyed as Helm pairs them ({@link RenderedResource#key()}); the
 * {@code # Source:} comment before each document names its template. A document that is not an object (empty, a
 * list, no kind or name) is skipped, as Helm skips empty ones; one that does not parse is named in {@link #problems()}.
 */
final class RenderedManifest {
    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---[ \\t]*(?:#.*)?$");
    private static final Pattern SOURCE = Pattern.compile("(?m)^# Source: (.+)$");
    private static final int CODE_POINT_LIMIT = 64 * 1024 * 1024;

    private final Map<String, RenderedResource> resources = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    private RenderedManifest() {
    }

    static RenderedManifest parse(String manifest) {
        RenderedManifest out = new RenderedManifest();
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(CODE_POINT_LIMIT).setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema()).build();
        for (String document : SEPARATOR.split(manifest)) {
            if (document.isBlank()) {
                continue;
            }
            Matcher source = SOURCE.matcher(document);
            String template = source.find() ? source.group(1).strip() : "(no source)";
            try {
                if (new Load(settings).loadFromString(document) instanceof Map<?, ?> map) {
                    out.add(ChartFiles.stringKeys(map), template);
                }
            } catch (YamlEngineException e) {
                out.problems.add(template + ": " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return out;
    }

    private void add(Map<String, Object> body, String template) {
        Object apiVersion = body.get("apiVersion");
        Object kind = body.get("kind");
        Object name = ValuesTree.at(body, List.of("metadata", "name"));
        if (apiVersion == null || kind == null || name == null) {
            return;
        }
        Object namespace = ValuesTree.at(body, List.of("metadata", "namespace"));
        RenderedResource r = new RenderedResource(String.valueOf(apiVersion), String.valueOf(kind), namespace == null ? null
                : String.valueOf(namespace), String.valueOf(name), template, body);
        resources.put(r.key(), r);
    }

    Map<String, RenderedResource> resources() {
        return resources;
    }

    List<String> problems() {
        return problems;
    }
}
