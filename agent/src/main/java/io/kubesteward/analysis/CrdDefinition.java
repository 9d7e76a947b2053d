package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A CustomResourceDefinition as a chart ships it: name, group, kind, plural, versions served, the storage version. */
record CrdDefinition(String file, String name, String group, String kind, String plural, List<String> served, String storage,
                     Map<String, Object> content) {

    @SuppressWarnings("unchecked")
    static Optional<CrdDefinition> of(ChartFiles.Document doc) {
        Map<String, Object> c = doc.content();
        if (!"CustomResourceDefinition".equals(c.get("kind")) || !(c.get("metadata") instanceof Map<?, ?> meta)
                || !(c.get("spec") instanceof Map<?, ?> spec)) {
            return Optional.empty();
        }
        String name = String.valueOf(meta.get("name"));
        String group = String.valueOf(spec.get("group"));
        Map<String, Object> names = spec.get("names") instanceof Map<?, ?> n ? (Map<String, Object>) n : Map.of();
        List<String> served = new ArrayList<>();
        String storage = null;
        if (spec.get("versions") instanceof List<?> versions) {
            for (Object v : versions) {
                if (v instanceof Map<?, ?> version) {
                    if (!Boolean.FALSE.equals(version.get("served"))) {
                        served.add(String.valueOf(version.get("name")));
                    }
                    if (Boolean.TRUE.equals(version.get("storage"))) {
                        storage = String.valueOf(version.get("name"));
                    }
                }
            }
        } else if (spec.get("version") != null) {
            served.add(String.valueOf(spec.get("version")));
            storage = String.valueOf(spec.get("version"));
        }
        return Optional.of(new CrdDefinition(doc.file(), name, group, String.valueOf(names.get("kind")),
                String.valueOf(names.get("plural")), served, storage, c));
    }
}
