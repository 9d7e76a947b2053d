package io.kubesteward.planning.rightsizing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where one workload's resources are declared: the placement, the kustomize build that declares them
 * for this cluster ({@code root}; null for a plain manifest or none), each container's values by
 * field ({@code requests.cpu}), the containers the source declares, and in words where that is
 * (files, or the Helm release, or why it is not known).
 */
public record SourceMatch(Placement placement, String root, Map<String, Map<String, DeclaredValue>> values, Set<String> containers,
                          String detail) {
    public SourceMatch {
        values = values == null ? Map.of() : Map.copyOf(values);
        containers = containers == null ? Set.of() : Set.copyOf(containers);
    }

    static SourceMatch reported(Placement placement, String detail) {
        return new SourceMatch(placement, null, Map.of(), Set.of(), detail);
    }

    public boolean editable() {
        return placement == Placement.REPOSITORY;
    }

    public Optional<DeclaredValue> value(String container, String field) {
        return Optional.ofNullable(values.getOrDefault(container, Map.of()).get(field));
    }

    /** The files that declare the values, in order. */
    public List<String> files() {
        return values.values().stream().flatMap(m -> m.values().stream()).map(v -> v.declaration().file()).distinct().sorted().toList();
    }
}
