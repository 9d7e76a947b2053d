package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ClusterInventory;
import java.util.List;
import java.util.Map;

/** Clusters for tests in other packages. */
public final class TestClusters {
    private TestClusters() {
    }

    /** Deployments shop/web and tools/worker (as in the declarations fixture resources-raw), without VPAs. */
    public static ClusterInventory withoutVpas() {
        return Clusters.of(List.of(Clusters.deployment("shop", "web", Map.of(), Map.of(), "250m", null, "256Mi", "512Mi"),
                Clusters.deployment("tools", "worker", Map.of(), Map.of(), "500m", "500m", "1Gi", "1Gi")), List.of(), List.of(), List.of());
    }
}
