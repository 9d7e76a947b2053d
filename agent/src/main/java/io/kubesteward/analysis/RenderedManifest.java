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
    private String namespace;
    private List<String> dropped = List.of();

    private RenderedManifest() {
    }

    static RenderedManifest parse(String manifest) {
        return parse(manifest, null, List.of());
    }

    /**
     * @param namespace where Helm puts a namespaced object the template gives no namespace (the release's), so that
     *                  both renders pair it however their templates write it; null when unknown
     * @param dropped   dependency charts one of the two archives does not bundle: their objects are left out of both
     *                  renders, which would otherwise differ by them
     */
    static RenderedManifest parse(String manifest, String namespace, List<String> dropped) {
        RenderedManifest out = new RenderedManifest();
        out.namespace = namespace == null || namespace.isBlank() ? null : namespace;
        out.dropped = dropped;
        LoadSettings settings = LoadSettings.builder().setCodePointLimit(CODE_POINT_LIMIT).setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema()).build();
        for (String document : SEPARATOR.split(manifest)) {
            if (document.isBlank()) {
                continue;
            }
            Matcher source = SOURCE.matcher(document);
            String template = source.find() ? source.group(1).strip() : "(no source)";
            if (out.fromDropped(template)) {
                continue;
            }
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
        Object given = ValuesTree.at(body, List.of("metadata", "namespace"));
        String ns = RenderedResource.CLUSTER_SCOPED.contains(String.valueOf(kind)) ? null
                : given == null || String.valueOf(given).isBlank() ? namespace : String.valueOf(given);
        RenderedResource r = new RenderedResource(String.valueOf(apiVersion), String.valueOf(kind), ns, String.valueOf(name), template, body);
        resources.put(r.key(), r);
    }

    /** {@code demo/charts/redis/templates/x.yaml} comes from the dependency {@code redis}, at any depth below it. */
    private boolean fromDropped(String template) {
        int first = template.indexOf("/charts/");
        if (first < 0) {
            return false;
        }
        String rest = template.substring(first + "/charts/".length());
        int slash = rest.indexOf('/');
        return slash > 0 && dropped.contains(rest.substring(0, slash));
    }

    Map<String, RenderedResource> resources() {
        return resources;
    }

    List<String> problems() {
        return problems;
    }
}
