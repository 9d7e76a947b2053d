package io.kubesteward.planning.rightsizing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where one workload's resources are declared: the placement, the kustomize build that declares them
 * for this cluster ({@code root}; null for a plain manifest or none), each container's values by
 * field ({@code requests.cpu}), the containers the source declares, and in words where that is
 * (files, or the Helm release, or why it is not known); {@code helm}: the traced release, for {@link Placement#HELM_VALUES}.
 */
public record SourceMatch(Placement placement, String root, Map<String, Map<String, DeclaredValue>> values, Set<String> containers,
                          String detail, HelmTrace helm) {
    public SourceMatch {
        values = values == null ? Map.of() : Map.copyOf(values);
        containers = containers == null ? Set.of() : Set.copyOf(containers);
    }

    SourceMatch(Placement placement, String root, Map<String, Map<String, DeclaredValue>> values, Set<String> containers, String detail) {
        this(placement, root, values, containers, detail, null);
    }

    static SourceMatch reported(Placement placement, String detail) {
        return new SourceMatch(placement, null, Map.of(), Set.of(), detail);
    }

    /** A workload a Helm release renders, its values keys traced: the containers are those the release renders. */
    static SourceMatch helmValues(HelmTrace trace) {
        return new SourceMatch(Placement.HELM_VALUES, null, Map.of(), trace.current().keySet(), "values of Helm release " + trace.release()
                + " (" + trace.chart() + ", " + trace.declaration().kind().id() + " " + trace.declaration().file() + ")", trace);
    }

    /** Steward writes its changes: in the manifests and overlays, or at the Helm values keys that feed them. */
    public boolean editable() {
        return placement == Placement.REPOSITORY || placement == Placement.HELM_VALUES;
    }

    public Optional<DeclaredValue> value(String container, String field) {
        return Optional.ofNullable(values.getOrDefault(container, Map.of()).get(field));
    }

    /** The files that declare the values, in order. */
    public List<String> files() {
        return values.values().stream().flatMap(m -> m.values().stream()).map(v -> v.declaration().file()).distinct().sorted().toList();
    }
}
