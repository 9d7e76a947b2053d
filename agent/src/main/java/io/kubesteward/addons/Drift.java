package io.kubesteward.addons;

import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.ArgoSource;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.HelmReleaseSummary;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.model.StatusCondition;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the repository declares one version and the cluster runs another: chart versions from Flux
 * HelmRelease and Argo CD Application status, Helm releases and the {@code helm.sh/chart} label
 * (which also shows an umbrella chart's sub-charts), and the image tags workloads run. Pure.
 */
public final class Drift {
    private static final Set<DeclarationKind> RELEASE_KINDS = Set.of(DeclarationKind.FLUX_HELM_RELEASE, DeclarationKind.ARGOCD_APPLICATION,
            DeclarationKind.HELMFILE_RELEASE, DeclarationKind.KUSTOMIZE_HELM_CHART);

    private final Map<String, List<Declaration>> chartsByName = new HashMap<>();
    private final Map<PackageRef, List<Declaration>> imagesByPackage = new HashMap<>();
    private final DriftCollector drift = new DriftCollector();

    private Drift(List<Declaration> declarations) {
        for (Declaration d : declarations) {
            if (AddonLinks.CHART_KINDS.contains(d.kind())) {
                chartsByName.computeIfAbsent(d.name(), k -> new java.util.ArrayList<>()).add(d);
            } else if (d.pkg() != null && SourceKind.DOCKER_IMAGE.equals(d.pkg().kind())) {
                imagesByPackage.computeIfAbsent(d.pkg(), k -> new java.util.ArrayList<>()).add(d);
            }
        }
    }

    public static List<DriftEntry> find(ClusterInventory cluster, List<Declaration> declarations) {
        Drift d = new Drift(declarations);
        cluster.fluxHelmReleases().forEach(d::flux);
        cluster.argoApplications().forEach(d::argo);
        cluster.helmReleases().forEach(d::helm);
        cluster.workloads().stream().filter(w -> !w.ref().kind().runsToCompletion()).forEach(d::workload);
        return d.drift.entries();
    }

    private void flux(FluxHelmRelease release) {
        String running = release.runningChartVersion().orElse(null);
        List<Declaration> candidates = charts(release.chart(), Set.of(DeclarationKind.FLUX_HELM_RELEASE));
        drift.add(release.chart(), "chart", DriftCandidates.drifted(candidates, release.declaredVersion(), running), running,
                "Flux HelmRelease " + release.namespace() + "/" + release.name(), notReady(release));
    }

    private void argo(ArgoApplication application) {
        for (int i = 0; i < application.sources().size(); i++) {
            ArgoSource source = application.sources().get(i);
            if (source.chart() == null) {
                continue;
            }
            String running = ArgoRevisions.synced(application, i);
            List<Declaration> candidates = charts(source.chart(), Set.of(DeclarationKind.ARGOCD_APPLICATION));
            String detail = "sync " + application.syncStatus() + ", health " + application.healthStatus();
            drift.add(source.chart(), "chart", DriftCandidates.drifted(candidates, source.targetRevision(), running), running,
                    "Argo CD Application " + application.namespace() + "/" + application.name(), detail);
        }
    }

    private void helm(HelmReleaseSummary release) {
        String running = release.chartVersion();
        String detail = release.status() == null || release.status().equals("deployed") ? null : "Helm release status " + release.status();
        drift.add(release.chartName(), "chart", DriftCandidates.drifted(charts(release.chartName(), RELEASE_KINDS), null, running), running,
                "Helm release " + release.namespace() + "/" + release.name() + " revision " + release.revision(), detail);
    }

    private void workload(Workload workload) {
        ChartLabel.parse(workload.labels().get(ChartLabel.KEY)).ifPresent(label -> drift.add(label.chart(), "chart",
                DriftCandidates.drifted(charts(label.chart(), AddonLinks.CHART_KINDS), null, label.version()), label.version(),
                workload.ref() + " (label " + ChartLabel.KEY + ")", null));
        for (WorkloadContainer container : workload.containers()) {
            if (container.image() == null || container.role() == ContainerRole.INIT) {
                continue;
            }
            ImageName image = ImageName.parse(container.image());
            List<Declaration> candidates = imagesByPackage.getOrDefault(image.packageRef(), List.of());
            if (image.tag() != null && !candidates.isEmpty()) {
                drift.add(image.repository(), "image", DriftCandidates.drifted(candidates, null, image.tag()), image.tag(),
                        workload.ref() + " container " + container.name(), null);
            }
        }
    }

    private List<Declaration> charts(String name, Set<DeclarationKind> kinds) {
        return chartsByName.getOrDefault(name, List.of()).stream().filter(d -> kinds.contains(d.kind())).toList();
    }

    /** What Flux says when the release is not ready: usually why the upgrade to the declared version failed. */
    private static String notReady(FluxHelmRelease release) {
        return release.condition("Ready").filter(c -> !c.holds()).map(Drift::describe).orElse(null);
    }

    private static String describe(StatusCondition condition) {
        String reason = condition.reason() == null ? "" : " (" + condition.reason() + ")";
        String message = condition.message() == null ? "" : ": " + condition.message().replaceAll("\\s+", " ").trim();
        return "Ready " + condition.status() + reason + message;
    }
}
