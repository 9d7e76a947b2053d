package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.ReleaseIdentity;
import io.kubesteward.model.ReleaseRef;
import io.kubesteward.model.Workload;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The workloads of the cluster that a Helm release renders and a VPA recommends for, each matched to the chart
 * declaration in the repository that makes its release (Flux's markers name the HelmRelease; Helm's the release's
 * name and namespace; a chart's {@code app.kubernetes.io/instance} label, where Argo CD rendered it), with the chart version the cluster runs (Helm's release record, else Flux's status, else the
 * {@code helm.sh/chart} label; the declared version when none says). Pure.
 */
public final class HelmRendered {
    private static final String CHART_LABEL = "helm.sh/chart";
    private static final String FLUX_HELM_NAMESPACE = "helm.toolkit.fluxcd.io/namespace";
    private static final String MANAGED_BY = "app.kubernetes.io/managed-by";

    private HelmRendered() {
    }

    /**
     * A chart declaration as the release its tool makes of it: name and namespace, the Flux object it is (null for
     * others), and for a dependency of an umbrella chart in the repository the umbrella's name (null for others): its
     * workloads are the umbrella release's.
     */
    public record ChartRelease(Declaration declaration, ReleaseIdentity identity, ReleaseRef object, String umbrella, String renderedAs) {
        public ChartRelease(Declaration declaration, ReleaseIdentity identity, ReleaseRef object) {
            this(declaration, identity, object, null, null);
        }

        String chart() {
            return declaration.pkg() == null ? null : declaration.pkg().name();
        }

        /** The chart's name as Helm renders it: an umbrella's dependency under its alias. */
        public String chartAsRendered() {
            return renderedAs != null ? renderedAs : chart();
        }
    }

    /** A workload to trace: its release ({@code apps/podinfo}) and namespace, the declaration, and the version to render it at. */
    public record Target(Workload workload, String release, String namespace, ChartRelease chart, String version, String versionSource) {
    }

    public record Found(List<Target> targets, Map<String, HelmTrace> unmatched) {
    }

    public static Found of(ClusterInventory cluster, List<Declaration> resources, List<ChartRelease> charts) {
        ResourceIndex index = new ResourceIndex(resources);
        ClusterIndex autoscalers = new ClusterIndex(cluster);
        List<Target> targets = new ArrayList<>();
        Map<String, HelmTrace> unmatched = new LinkedHashMap<>();
        for (Workload w : cluster.workloads()) {
            if (!index.of(w.ref()).isEmpty() || autoscalers.vpasFor(w.ref()).isEmpty()) {
                continue;
            }
            Optional<String> fluxName = w.marker(Workload.FLUX_HELM_NAME);
            Optional<String> helmName = w.marker(Workload.HELM_RELEASE_NAME);
            // Argo CD renders charts with helm template: no release annotations, but the charts' own labels name the release
            Optional<String> instance = "Helm".equals(w.labels().get(MANAGED_BY)) ? w.marker(Workload.INSTANCE) : Optional.empty();
            if (fluxName.isEmpty() && helmName.isEmpty() && instance.isEmpty()) {
                continue;
            }
            String namespace = w.marker(Workload.HELM_RELEASE_NAMESPACE).orElse(w.ref().namespace());
            String named = helmName.or(() -> instance).orElse(null);
            String chartName = chartName(cluster, namespace, named);
            String labelled = w.labels().get(CHART_LABEL);
            List<ChartRelease> matches = charts.stream().filter(c -> c.umbrella() != null
                    // an umbrella's dependency renders in the umbrella's release, labelled with its own chart (its alias)
                    ? named != null && (c.umbrella().equals(chartName) || c.umbrella().equals(named)) && labelled(labelled, c.chartAsRendered()) != null
                    : fluxName.isPresent() && c.object() != null
                    ? c.object().name().equals(fluxName.get())
                    && (c.object().namespace() == null ? agrees(c, chartName, labelled)
                    : c.object().namespace().equals(w.marker(FLUX_HELM_NAMESPACE).orElse(namespace)))
                    : c.identity().name().equals(named)
                    && (c.identity().namespace() == null ? agrees(c, chartName, labelled) : c.identity().namespace().equals(namespace)))
                    .toList();
            if (matches.size() > 1 && chartName != null) {
                matches = matches.stream().filter(c -> chartName.equals(c.declaration().pkg() == null ? null : c.declaration().pkg().name())).toList();
            }
            if (matches.size() != 1) {
                if (matches.size() > 1) {
                    String release = namespace + "/" + (named != null ? named : fluxName.get());
                    unmatched.put(w.ref().toString(), HelmTrace.failed(release, null, chartName, matches.size() + " chart declarations make"
                            + " release " + release + " (" + String.join(", ", matches.stream().map(c -> c.declaration().file()).toList())
                            + ") and Steward cannot tell which one this cluster runs"));
                }
                continue;
            }
            ChartRelease chart = matches.get(0);
            String name = named != null ? named : chart.identity().name();
            String release = namespace + "/" + name;
            Running running = version(cluster, w, chart, namespace, name);
            targets.add(new Target(w, release, namespace, chart, running.version(), running.source()));
        }
        return new Found(targets, unmatched);
    }

    /**
     * Where the repository does not say a release's namespace, the chart must say it is this one: Helm's release
     * record names the chart, or the workload's {@code helm.sh/chart} label does.
     */
    private static boolean agrees(ChartRelease c, String chartName, String labelled) {
        String chart = c.chartAsRendered();
        return chart != null && (chartName != null ? chartName.equals(chart) : labelled(labelled, chart) != null);
    }

    /** The version a {@code helm.sh/chart} label gives for {@code chart} ({@code redis-18.6.1}), or null: {@code redis-cluster-9.0.1} is not redis's. */
    static String labelled(String label, String chart) {
        if (label == null || chart == null || !label.startsWith(chart + "-")) {
            return null;
        }
        String version = label.substring(chart.length() + 1);
        // Helm 3 requires SemVer 2 chart versions: MAJOR.MINOR.PATCH first
        return version.matches("v?[0-9]+\\.[0-9]+\\.[0-9]+([-+_][0-9A-Za-z.+_-]*)?") ? version : null;
    }

    private static String chartName(ClusterInventory cluster, String namespace, String name) {
        return cluster.helmReleases().stream().filter(r -> r.namespace().equals(namespace) && r.name().equals(name)).findFirst()
                .map(io.kubesteward.model.HelmReleaseSummary::chartName).orElse(null);
    }

    private record Running(String version, String source) {
    }

    private static Running version(ClusterInventory cluster, Workload w, ChartRelease chart, String namespace, String name) {
        // an umbrella's release record holds the umbrella's version, not its dependency's
        Optional<String> stored = chart.umbrella() != null ? Optional.empty() : cluster.helmReleases().stream()
                .filter(r -> r.namespace().equals(namespace) && r.name().equals(name))
                .map(io.kubesteward.model.HelmReleaseSummary::chartVersion).filter(Objects::nonNull).findFirst();
        if (stored.isPresent()) {
            return new Running(stored.get(), "Helm's release record");
        }
        Optional<String> flux = chart.object() == null ? Optional.empty() : cluster.fluxHelmReleases().stream()
                .filter(f -> f.name().equals(chart.object().name()) && f.namespace().equals(w.marker(FLUX_HELM_NAMESPACE).orElse(namespace)))
                .findFirst().flatMap(FluxHelmRelease::runningChartVersion);
        if (flux.isPresent()) {
            return new Running(flux.get(), "the HelmRelease's status");
        }
        String label = labelled(w.labels().get(CHART_LABEL), chart.chartAsRendered());
        if (label != null) {
            // Helm writes '+' of a version as '_' in the label
            return new Running(label.replace('_', '+'), "the " + CHART_LABEL + " label");
        }
        String declared = chart.declaration().currentValue() == null ? null : chart.declaration().currentValue().trim();
        return new Running(declared, "the repository (the cluster does not say which version runs)");
    }
}
