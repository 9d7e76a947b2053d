package io.kubesteward.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which values path feeds each resources field of one workload's containers, read from two renders of the same
 * release: with its values as they are ({@code current}: what the repository gives it now), and with sentinels at
 * every candidate block. A field counts as fed by a path only when that path's own sentinel reaches it and reaches
 * nothing else; otherwise {@code unproven} says why (the chart writes it itself, the same key also sets another
 * container, the value is computed from something else).
 *
 * @param found whether the renders hold the workload at all
 */
public record ResourceTrace(boolean found, Map<String, Map<String, String>> current, Map<String, Map<String, List<String>>> paths,
                            Map<String, Map<String, String>> unproven) {
    public ResourceTrace {
        current = Map.copyOf(current);
        paths = Map.copyOf(paths);
        unproven = Map.copyOf(unproven);
    }

    /** The workload {@code kind namespace/name} as the release renders it ({@code namespace}: the release's, for objects without one). */
    public static ResourceTrace of(String baseline, String sentinels, List<List<String>> used, String namespace, String kind,
                                   String workloadNamespace, String name) {
        RenderedManifest before = RenderedManifest.parse(baseline, namespace, List.of());
        RenderedManifest probed = RenderedManifest.parse(sentinels, namespace, List.of());
        String key = kind + "/" + (workloadNamespace == null ? "" : workloadNamespace) + "/" + name;
        List<RenderedContainers.Container> now = RenderedContainers.of(before).stream().filter(c -> c.workload().key().equals(key)).toList();
        List<RenderedContainers.Container> all = RenderedContainers.of(probed);
        if (now.isEmpty()) {
            return new ResourceTrace(false, Map.of(), Map.of(), Map.of());
        }
        Map<String, Map<String, String>> current = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> paths = new LinkedHashMap<>();
        Map<String, Map<String, String>> unproven = new LinkedHashMap<>();
        for (RenderedContainers.Container c : now) {
            Map<String, String> texts = new LinkedHashMap<>();
            c.fields().forEach((f, v) -> texts.put(f, String.valueOf(v)));
            current.put(c.name(), texts);
            Optional<RenderedContainers.Container> probe = all.stream()
                    .filter(p -> p.workload().key().equals(key) && p.name().equals(c.name())).findFirst();
            for (String field : ResourceSentinels.FIELDS) {
                Object was = c.field(field);
                Object seen = probe.map(p -> p.field(field)).orElse(null);
                Optional<ResourceSentinels.Fed> fed = ResourceSentinels.decode(used, seen);
                String why = null;
                if (fed.isPresent() && fed.get().field().equals(field)) {
                    List<String> others = all.stream().filter(o -> !(o.workload().key().equals(key) && o.name().equals(c.name())))
                            .filter(o -> o.fields().containsValue(seen)).map(RenderedContainers.Container::shown).toList();
                    if (others.isEmpty()) {
                        paths.computeIfAbsent(c.name(), k -> new LinkedHashMap<>()).put(field, fed.get().path());
                    } else {
                        why = "the values key " + String.join(".", fed.get().path()) + " also sets " + field + " of " + String.join(", ", others);
                    }
                } else if (fed.isPresent()) {
                    why = "the chart writes the values key " + String.join(".", fed.get().path()) + " into " + field;
                } else if (seen != null && seen.equals(was)) {
                    why = "the chart writes " + field + " itself (" + c.workload().source() + "), whatever the values say";
                } else if (seen != null || was != null) {
                    why = "the chart computes " + field + " from other values (" + c.workload().source() + ")";
                }
                if (why != null) {
                    unproven.computeIfAbsent(c.name(), k -> new LinkedHashMap<>()).put(field, why);
                }
            }
        }
        return new ResourceTrace(true, current, paths, unproven);
    }

    public Optional<List<String>> path(String container, String field) {
        return Optional.ofNullable(paths.getOrDefault(container, Map.of()).get(field));
    }

    public Optional<String> unprovenWhy(String container, String field) {
        return Optional.ofNullable(unproven.getOrDefault(container, Map.of()).get(field));
    }

    public Optional<String> currentText(String container, String field) {
        return Optional.ofNullable(current.getOrDefault(container, Map.of()).get(field));
    }
}
