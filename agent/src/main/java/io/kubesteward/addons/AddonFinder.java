package io.kubesteward.addons;

import io.kubesteward.addons.Sighting.ChartEvidence;
import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.ArgoSource;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.HelmReleaseSummary;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the catalogue's add-ons in an inventory: one per add-on and namespace, recognised by a
 * workload's images, labels or {@code helm.sh/chart} label, or by a Flux HelmRelease, Helm release or
 * Argo CD Application of one of its charts. Jobs are left out: they are install hooks, not the add-on.
 * Each workload is read once and each distinct image matched once, so large clusters stay cheap.
 */
public final class AddonFinder {
    private final List<Recogniser> recognisers;
    private final List<Map<String, Sighting>> byNamespace = new ArrayList<>();
    private final Map<String, ImageName> parsed = new HashMap<>();
    private final Map<String, boolean[]> recognisedBy = new HashMap<>();

    private AddonFinder(AddonCatalogue catalogue) {
        this.recognisers = catalogue.addons().stream().map(Recogniser::new).toList();
        recognisers.forEach(r -> byNamespace.add(new TreeMap<>()));
    }

    public static List<FoundAddon> find(ClusterInventory cluster, AddonCatalogue catalogue) {
        AddonFinder finder = new AddonFinder(catalogue);
        cluster.workloads().stream().filter(w -> !w.ref().kind().runsToCompletion()).forEach(finder::workload);
        for (int i = 0; i < finder.recognisers.size(); i++) {
            finder.releases(i, cluster);
        }
        List<FoundAddon> found = new ArrayList<>();
        finder.byNamespace.forEach(sightings -> sightings.values().forEach(s -> found.add(s.found())));
        found.sort(Comparator.comparing(FoundAddon::name).thenComparing(FoundAddon::namespace));
        return found;
    }

    private void workload(Workload workload) {
        List<ImageName> images = new ArrayList<>();
        for (WorkloadContainer container : workload.containers()) {
            if (container.image() != null && container.role() != ContainerRole.INIT) {
                images.add(parsed.computeIfAbsent(container.image(), ImageName::parse));
            }
        }
        ChartLabel chartLabel = ChartLabel.parse(workload.labels().get(ChartLabel.KEY)).orElse(null);
        List<boolean[]> recognisedBy = images.stream().map(this::recognised).toList();
        for (int i = 0; i < recognisers.size(); i++) {
            Recogniser recogniser = recognisers.get(i);
            ImageName recognised = null;
            for (int c = 0; c < images.size() && recognised == null; c++) {
                recognised = recognisedBy.get(c)[i] ? images.get(c) : null;
            }
            ChartLabel label = chartLabel != null && recogniser.chart(chartLabel.chart()) ? chartLabel : null;
            if (recognised == null && label == null && !recogniser.labels(workload.labels())) {
                continue;
            }
            Sighting sighting = sighting(i, workload.ref().namespace());
            sighting.saw(workload.ref().toString());
            if (!images.isEmpty()) {
                sighting.image(recognised != null ? recognised : images.get(0), recognised != null);
            }
            if (label != null) {
                sighting.chart(ChartEvidence.CHART_LABEL, label.chart(), label.version());
            }
            String versionLabel = recogniser.definition().versionLabel();
            if (versionLabel != null) {
                sighting.labelVersion(workload.labels().get(versionLabel));
            }
        }
    }

    /** Which catalogue entries recognise this image, worked out once per image repository. */
    private boolean[] recognised(ImageName image) {
        return recognisedBy.computeIfAbsent(image.repository(), repository -> {
            boolean[] matches = new boolean[recognisers.size()];
            for (int i = 0; i < matches.length; i++) {
                matches[i] = recognisers.get(i).image(repository);
            }
            return matches;
        });
    }

    private Sighting sighting(int addon, String namespace) {
        return byNamespace.get(addon).computeIfAbsent(namespace, ns -> new Sighting(recognisers.get(addon).definition(), ns));
    }

    private void releases(int addon, ClusterInventory cluster) {
        Recogniser recogniser = recognisers.get(addon);
        for (FluxHelmRelease release : cluster.fluxHelmReleases()) {
            if (recogniser.chart(release.chart())) {
                Sighting sighting = sighting(addon, release.targetNamespace() != null ? release.targetNamespace() : release.namespace());
                sighting.saw("Flux HelmRelease " + release.namespace() + "/" + release.name());
                sighting.chart(ChartEvidence.FLUX_STATUS, release.chart(), release.runningChartVersion().orElse(null));
            }
        }
        for (HelmReleaseSummary release : cluster.helmReleases()) {
            if (recogniser.chart(release.chartName())) {
                Sighting sighting = sighting(addon, release.namespace());
                sighting.saw("Helm release " + release.namespace() + "/" + release.name());
                sighting.chart(ChartEvidence.HELM_RELEASE, release.chartName(), release.chartVersion());
            }
        }
        for (ArgoApplication application : cluster.argoApplications()) {
            for (int i = 0; i < application.sources().size(); i++) {
                ArgoSource source = application.sources().get(i);
                if (recogniser.chart(source.chart())) {
                    Sighting sighting = sighting(addon, application.destinationNamespace() != null ? application.destinationNamespace()
                            : application.namespace());
                    sighting.saw("Argo CD Application " + application.namespace() + "/" + application.name());
                    sighting.chart(ChartEvidence.ARGO_STATUS, source.chart(), ArgoRevisions.synced(application, i));
                }
            }
        }
    }
}
