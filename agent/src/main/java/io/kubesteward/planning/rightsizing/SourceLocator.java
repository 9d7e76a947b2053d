package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.ArgoSource;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Maps a workload of the cluster to where the repository declares its resources: by kind,
 * namespace and name; when several builds declare it (kustomize overlays for several clusters), the
 * one its Argo CD Application deploys from, else the one whose values are those running. A workload
 * no manifest declares is a Helm release's when Helm's or Flux's markers say so (written at its values keys when
 * they were traced by rendering, else reported with why), else not in the repository.
 */
final class SourceLocator {
    private final ResourceIndex index;
    private final ClusterInventory cluster;
    private final Map<String, HelmTrace> traces;

    SourceLocator(ResourceIndex index, ClusterInventory cluster) {
        this(index, cluster, Map.of());
    }

    SourceLocator(ResourceIndex index, ClusterInventory cluster, Map<String, HelmTrace> traces) {
        this.index = index;
        this.cluster = cluster;
        this.traces = traces;
    }

    SourceMatch locate(Workload workload) {
        Map<String, List<DeclaredValue>> byBuild = new LinkedHashMap<>();
        for (DeclaredValue v : index.of(workload.ref())) {
            byBuild.computeIfAbsent(v.root() == null ? "" : "@" + v.root(), k -> new ArrayList<>()).add(v);
        }
        if (byBuild.isEmpty()) {
            HelmTrace trace = traces.get(workload.ref().toString());
            if (trace != null && trace.traced()) {
                return SourceMatch.helmValues(trace);
            }
            return HelmReleases.of(workload, cluster, trace == null ? null : trace.failure())
                    .map(detail -> SourceMatch.reported(Placement.HELM_RELEASE, detail))
                    .orElseGet(() -> SourceMatch.reported(Placement.NOT_IN_REPOSITORY, "no manifest in the repository declares "
                            + workload.ref() + ", and no Helm release renders it: the recommendation is reported, nothing is edited"));
        }
        List<List<DeclaredValue>> builds = new ArrayList<>(byBuild.values());
        if (builds.size() > 1) {
            builds = narrow(workload, builds);
        }
        if (builds.size() != 1) {
            return SourceMatch.reported(Placement.AMBIGUOUS, "declared by " + byBuild.size() + " builds (" + String.join(", ",
                    byBuild.keySet().stream().map(k -> k.isEmpty() ? "plain manifests" : "kustomize " + k.substring(1)).toList())
                    + ") and neither an Argo CD Application nor the running values tell which one this cluster runs");
        }
        return matched(builds.get(0));
    }

    private List<List<DeclaredValue>> narrow(Workload workload, List<List<DeclaredValue>> builds) {
        Optional<String> argoPath = argoPath(workload);
        if (argoPath.isPresent()) {
            List<List<DeclaredValue>> deployed = builds.stream()
                    .filter(b -> b.stream().allMatch(v -> argoPath.get().equals(v.root() == null ? folderOf(v) : v.root()))).toList();
            if (deployed.size() == 1) {
                return deployed;
            }
        }
        return builds.stream().filter(b -> runs(workload, b)).toList();
    }

    /** Every value the build declares is the one the cluster runs. */
    private static boolean runs(Workload workload, List<DeclaredValue> build) {
        for (DeclaredValue v : build) {
            if (v.ref().field() == null) {
                continue;
            }
            Optional<WorkloadContainer> c = workload.container(v.ref().container());
            String[] field = v.ref().field().split("\\.");
            String live = c.map(x -> field[0].equals("requests") ? x.resources().request(field[1]) : x.resources().limit(field[1]))
                    .orElse(null);
            if (live == null || !Quantities.sameAmount(live, v.declaration().currentValue())) {
                return false;
            }
        }
        return true;
    }

    /** The Git path of the Argo CD Application that tracks this workload (annotation tracking-id, or the instance label). */
    private Optional<String> argoPath(Workload workload) {
        String app = workload.marker(Workload.ARGO_TRACKING_ID).map(id -> id.substring(0, Math.max(0, id.indexOf(':'))))
                .or(() -> workload.marker(Workload.INSTANCE)).orElse(null);
        if (app == null || app.isEmpty()) {
            return Optional.empty();
        }
        return cluster.argoApplications().stream().filter(a -> a.name().equals(app)).map(ArgoApplication::sources)
                .flatMap(List::stream).map(ArgoSource::path).filter(Objects::nonNull)
                .map(p -> p.replaceAll("^\\./", "").replaceAll("/+$", "")).findFirst();
    }

    private static String folderOf(DeclaredValue v) {
        String file = v.declaration().file();
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash);
    }

    private static SourceMatch matched(List<DeclaredValue> build) {
        Map<String, Map<String, DeclaredValue>> values = new LinkedHashMap<>();
        TreeSet<String> containers = new TreeSet<>();
        for (DeclaredValue v : build) {
            containers.add(v.ref().container());
            if (v.ref().field() != null) {
                values.computeIfAbsent(v.ref().container(), k -> new LinkedHashMap<>()).put(v.ref().field(), v);
            }
        }
        String root = build.get(0).root();
        TreeSet<String> files = new TreeSet<>();
        build.forEach(v -> files.add(v.declaration().file()));
        String detail = String.join(", ", files) + (root == null ? "" : " (kustomize build " + (root.isEmpty() ? "." : root) + ")");
        return new SourceMatch(Placement.REPOSITORY, root, values, containers, detail);
    }
}
