package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.HelmReleaseSummary;
import io.kubesteward.model.Workload;
import java.util.Optional;

/** Whether Helm rendered a workload, and the release it comes from, in words for the report. */
final class HelmReleases {
    private static final String FLUX_HELM_NAMESPACE = "helm.toolkit.fluxcd.io/namespace";
    private static final String MANAGED_BY = "app.kubernetes.io/managed-by";

    private HelmReleases() {
    }

    /**
     * "rendered by Helm release apps/redis (chart redis 18.6.1, Flux HelmRelease apps/redis): why its values keys are
     * not known", or empty when no Helm marker is there.
     */
    static Optional<String> of(Workload w, ClusterInventory cluster, String notTraced) {
        Optional<String> helmName = w.marker(Workload.HELM_RELEASE_NAME);
        Optional<String> fluxName = w.marker(Workload.FLUX_HELM_NAME);
        boolean managedByHelm = "Helm".equals(w.labels().get(MANAGED_BY));
        if (helmName.isEmpty() && fluxName.isEmpty() && !managedByHelm) {
            return Optional.empty();
        }
        String name = helmName.or(() -> fluxName).or(() -> w.marker(Workload.INSTANCE)).orElse("unknown");
        String namespace = w.marker(Workload.HELM_RELEASE_NAMESPACE).or(() -> w.marker(FLUX_HELM_NAMESPACE)).orElse(w.ref().namespace());
        StringBuilder b = new StringBuilder("rendered by Helm release ").append(namespace).append('/').append(name);
        String chart = chart(cluster, namespace, name);
        Optional<FluxHelmRelease> flux = fluxName.flatMap(n -> cluster.fluxHelmReleases().stream()
                .filter(r -> r.name().equals(n) && r.namespace().equals(w.marker(FLUX_HELM_NAMESPACE).orElse(namespace))).findFirst());
        if (chart == null && flux.isPresent()) {
            chart = flux.get().chart() + flux.get().runningChartVersion().map(v -> " " + v).orElse("");
        }
        if (chart != null || flux.isPresent()) {
            b.append(" (").append(chart == null ? "" : "chart " + chart)
                    .append(chart != null && flux.isPresent() ? ", " : "")
                    .append(flux.map(f -> "Flux HelmRelease " + f.namespace() + "/" + f.name()).orElse("")).append(')');
        }
        return Optional.of(b.append(": ").append(notTraced != null ? notTraced
                : "Steward did not trace its values keys: no chart declaration in the repository makes this release, or looking"
                        + " inside charts is off (charts.analysis)")
                .append("; set the recommended values in the release's values by hand").toString());
    }

    private static String chart(ClusterInventory cluster, String namespace, String name) {
        return cluster.helmReleases().stream().filter(r -> r.namespace().equals(namespace) && r.name().equals(name)).findFirst()
                .map(HelmReleases::chart).orElse(null);
    }

    private static String chart(HelmReleaseSummary r) {
        return r.chartName() + (r.chartVersion() == null ? "" : " " + r.chartVersion());
    }
}
