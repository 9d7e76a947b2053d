package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The containers of a rendered manifest's workloads with their {@code resources}, field by field ({@code requests.cpu}). */
final class RenderedContainers {
    private RenderedContainers() {
    }

    record Container(RenderedResource workload, String name, Map<String, Object> fields) {
        Object field(String field) {
            return fields.get(field);
        }

        String shown() {
            return "container " + name + " of " + workload.shown();
        }
    }

    static List<Container> of(RenderedManifest manifest) {
        List<Container> out = new ArrayList<>();
        for (RenderedResource r : manifest.resources().values()) {
            PodSpecs.of(r).ifPresent(spec -> {
                for (String list : List.of("initContainers", "containers")) {
                    if (spec.get(list) instanceof List<?> items) {
                        for (Object item : items) {
                            if (item instanceof Map<?, ?> c && c.get("name") != null) {
                                out.add(new Container(r, String.valueOf(c.get("name")), fields(c.get("resources"))));
                            }
                        }
                    }
                }
            });
        }
        return out;
    }

    private static Map<String, Object> fields(Object resources) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (resources instanceof Map<?, ?> r) {
            for (String field : ResourceSentinels.FIELDS) {
                String[] parts = field.split("\\.");
                if (r.get(parts[0]) instanceof Map<?, ?> group && group.get(parts[1]) != null) {
                    out.put(field, group.get(parts[1]));
                }
            }
        }
        return out;
    }
}
