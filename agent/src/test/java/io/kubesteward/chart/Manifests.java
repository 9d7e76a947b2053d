package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/** The objects of one {@code helm template} output, parsed, with the raw text kept for "never appears" checks. */
record Manifests(List<JsonNode> objects, String text) {
    private static final YAMLMapper YAML = new YAMLMapper();

    static Manifests parse(String text) {
        List<JsonNode> objects = new ArrayList<>();
        try {
            for (JsonNode doc : YAML.readerFor(JsonNode.class).readValues(text).readAll().stream().map(JsonNode.class::cast).toList()) {
                if (doc != null && doc.isObject() && !doc.isEmpty()) {
                    objects.add(doc);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("helm template printed YAML that does not parse:\n" + text, e);
        }
        return new Manifests(List.copyOf(objects), text);
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    JsonNode only(String kind) {
        List<JsonNode> found = ofKind(kind);
        assertEquals(1, found.size(), () -> "expected exactly one " + kind + " in:\n" + text);
        return found.get(0);
    }

    List<String> kinds() {
        return objects.stream().map(o -> o.path("kind").asText()).toList();
    }

    /** The pod template of whichever workload this mode renders. */
    JsonNode podSpec() {
        List<JsonNode> cronJobs = ofKind("CronJob");
        JsonNode template = cronJobs.isEmpty() ? only("Deployment").path("spec").path("template")
                : cronJobs.get(0).path("spec").path("jobTemplate").path("spec").path("template");
        return template.path("spec");
    }

    JsonNode container() {
        JsonNode containers = podSpec().path("containers");
        assertEquals(1, containers.size(), "one container");
        return containers.get(0);
    }

    List<String> args() {
        return strings(container().path("args"));
    }

    /** The container's literal environment; variables from {@code valueFrom} map to null. */
    Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        for (JsonNode variable : container().path("env")) {
            env.put(variable.path("name").asText(), variable.path("value").asText(null));
        }
        return env;
    }

    JsonNode volume(String name) {
        return named(podSpec().path("volumes"), name, "volume");
    }

    JsonNode mount(String name) {
        return named(container().path("volumeMounts"), name, "volume mount");
    }

    /** A file of the ConfigMap, e.g. {@code config.yaml}. */
    String configMapFile(String key) {
        return only("ConfigMap").path("data").path(key).asText();
    }

    private static JsonNode named(JsonNode array, String name, String what) {
        for (JsonNode item : array) {
            if (name.equals(item.path("name").asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + what + " named " + name + " in " + array);
    }

    static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
