package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.Hpa;
import io.kubesteward.model.TargetRef;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.WorkloadRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The inventory's autoscalers and checkpoints by what they point at, built once: looking them up
 * by scanning the lists for each of ten thousand workloads would cost a hundred million comparisons.
 */
final class ClusterIndex {
    private final Map<String, List<Vpa>> vpas = new HashMap<>();
    private final Map<String, List<Hpa>> hpas = new HashMap<>();
    private final Map<String, VpaCheckpoint> checkpoints = new HashMap<>();

    ClusterIndex(ClusterInventory cluster) {
        for (Vpa v : cluster.vpas()) {
            if (v.target() != null) {
                vpas.computeIfAbsent(key(v.namespace(), v.target()), k -> new ArrayList<>()).add(v);
            }
        }
        for (Hpa h : cluster.hpas()) {
            if (h.target() != null) {
                hpas.computeIfAbsent(key(h.namespace(), h.target()), k -> new ArrayList<>()).add(h);
            }
        }
        for (VpaCheckpoint c : cluster.vpaCheckpoints()) {
            checkpoints.putIfAbsent(c.namespace() + "/" + c.vpaName() + "/" + c.containerName(), c);
        }
    }

    List<Vpa> vpasFor(WorkloadRef ref) {
        return vpas.getOrDefault(key(ref), List.of());
    }

    List<Hpa> hpasFor(WorkloadRef ref) {
        return hpas.getOrDefault(key(ref), List.of());
    }

    Optional<VpaCheckpoint> checkpoint(Vpa vpa, String container) {
        return Optional.ofNullable(checkpoints.get(vpa.namespace() + "/" + vpa.name() + "/" + container));
    }

    private static String key(String namespace, TargetRef target) {
        return namespace + "/" + target.kind() + "/" + target.name();
    }

    private static String key(WorkloadRef ref) {
        return ref.namespace() + "/" + ref.kind().kind() + "/" + ref.name();
    }
}
