package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.Workload;
import java.util.Locale;

/**
 * The application a workload belongs to, for one pull request per application: its Argo CD
 * Application (tracking-id), its Flux Kustomization (for a HelmRelease's workloads: the Kustomization that applies
 * the HelmRelease), else its HelmRelease, its {@code app.kubernetes.io/instance},
 * else the workload itself ({@code namespace-name}).
 */
final class Applications {
    static final String BRANCH_PREFIX = "steward/rightsizing/";

    private Applications() {
    }

    /** As {@link #of(Workload)}, but a workload a Flux HelmRelease renders belongs with the Flux Kustomization that applies the HelmRelease. */
    static String of(Workload w, io.kubesteward.model.ClusterInventory cluster) {
        java.util.Optional<String> helmRelease = w.marker(Workload.FLUX_HELM_NAME);
        if (helmRelease.isPresent() && w.annotations().get(Workload.ARGO_TRACKING_ID) == null && w.marker(Workload.FLUX_KUSTOMIZE_NAME).isEmpty()) {
            String namespace = w.marker("helm.toolkit.fluxcd.io/namespace").orElse(w.ref().namespace());
            java.util.Optional<String> kustomization = cluster.fluxHelmReleases().stream()
                    .filter(f -> f.name().equals(helmRelease.get()) && f.namespace().equals(namespace) && f.kustomization() != null)
                    .map(io.kubesteward.model.FluxHelmRelease::kustomization).findFirst();
            if (kustomization.isPresent()) {
                return kustomization.get();
            }
        }
        return of(w);
    }

    static String of(Workload w) {
        String tracking = w.annotations().get(Workload.ARGO_TRACKING_ID);
        if (tracking != null && tracking.indexOf(':') > 0) {
            return tracking.substring(0, tracking.indexOf(':'));
        }
        return w.marker(Workload.FLUX_KUSTOMIZE_NAME)
                .or(() -> w.marker(Workload.FLUX_HELM_NAME))
                .or(() -> w.marker(Workload.INSTANCE))
                .orElse(w.ref().namespace() + "-" + w.ref().name());
    }

    static String branch(String app) {
        return BRANCH_PREFIX + slug(app);
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("-{2,}", "-").replaceAll("^[-.]+|[-.]+$", "");
        return s.isEmpty() ? "workloads" : s;
    }
}
