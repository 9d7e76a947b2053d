package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ContainerResourceRef;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.WorkloadRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The repository's container-resources declarations by workload kind and name, for matching against the cluster. */
final class ResourceIndex {
    private final Map<String, List<DeclaredValue>> byKindAndName = new HashMap<>();
    private final Map<String, List<DeclaredValue>> bySpan = new HashMap<>();

    ResourceIndex(List<Declaration> declarations) {
        for (Declaration d : declarations) {
            ContainerResourceRef ref = d.kind() == DeclarationKind.CONTAINER_RESOURCES ? ContainerResourceRef.parse(d.name()) : null;
            if (ref == null) {
                continue;
            }
            DeclaredValue value = new DeclaredValue(ref, d);
            byKindAndName.computeIfAbsent(ref.kind() + "/" + ref.name(), k -> new ArrayList<>()).add(value);
            if (d.span() != null) {
                bySpan.computeIfAbsent(spanKey(d), k -> new ArrayList<>()).add(value);
            }
        }
    }

    /**
     * The declarations of this workload: those naming its namespace, else (when there are none) those
     * whose manifest says no namespace.
     */
    List<DeclaredValue> of(WorkloadRef workload) {
        List<DeclaredValue> all = byKindAndName.getOrDefault(workload.kind().kind() + "/" + workload.name(), List.of());
        List<DeclaredValue> exact = all.stream().filter(v -> workload.namespace().equals(v.ref().namespace())).toList();
        return exact.isEmpty() ? all.stream().filter(v -> v.ref().namespace() == null).toList() : exact;
    }

    /** True when another build (another overlay) reads the same bytes: then they are a shared base's. */
    boolean sharedWithAnotherBuild(DeclaredValue value) {
        if (value.declaration().span() == null) {
            return false;
        }
        return bySpan.getOrDefault(spanKey(value.declaration()), List.of()).stream()
                .anyMatch(other -> !Objects.equals(other.root(), value.root()));
    }

    private static String spanKey(Declaration d) {
        return d.file() + "@" + d.span().start() + ":" + d.span().end();
    }
}
