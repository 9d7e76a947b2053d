package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.kubesteward.model.OwnerRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The parts of {@code metadata} Steward keeps. */
final class Metadata {
    /** kubectl's copy of the whole applied object: large, and it can hold env values. */
    private static final String LAST_APPLIED = "kubectl.kubernetes.io/last-applied-configuration";
    /** Longer annotations are payloads for other tools, not markers; holding them would cost heap at 10,000 workloads. */
    private static final int LONGEST_ANNOTATION = 1024;

    private Metadata() {
    }

    static Map<String, String> labels(ObjectMeta meta) {
        return meta.getLabels() == null ? Map.of() : meta.getLabels();
    }

    static Map<String, String> annotations(ObjectMeta meta) {
        Map<String, String> kept = new TreeMap<>();
        if (meta.getAnnotations() != null) {
            meta.getAnnotations().forEach((key, value) -> {
                if (!key.equals(LAST_APPLIED) && value != null && value.length() <= LONGEST_ANNOTATION) {
                    kept.put(key, value);
                }
            });
        }
        return kept;
    }

    static List<OwnerRef> owners(ObjectMeta meta) {
        if (meta.getOwnerReferences() == null) {
            return List.of();
        }
        return meta.getOwnerReferences().stream()
                .filter(o -> o.getKind() != null && o.getName() != null)
                .map(o -> new OwnerRef(o.getKind(), o.getName(), Boolean.TRUE.equals(o.getController())))
                .toList();
    }

    /** The owner that controls the object (ownerReferences[].controller), else the first owner. */
    static OwnerReference controller(ObjectMeta meta) {
        if (meta.getOwnerReferences() == null || meta.getOwnerReferences().isEmpty()) {
            return null;
        }
        return meta.getOwnerReferences().stream().filter(o -> Boolean.TRUE.equals(o.getController())).findFirst()
                .orElse(meta.getOwnerReferences().get(0));
    }

    static Instant created(ObjectMeta meta) {
        return Times.parse(meta.getCreationTimestamp());
    }
}
