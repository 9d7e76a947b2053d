package io.kubesteward.pipeline;

import io.kubesteward.analysis.RenderValues;
import io.kubesteward.analysis.Rendered;
import io.kubesteward.analysis.ResourceCandidates;
import io.kubesteward.analysis.ResourceSentinels;
import io.kubesteward.analysis.ResourceTrace;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Quantity;
import io.kubesteward.model.Release;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.planning.rightsizing.HelmRendered;
import io.kubesteward.planning.rightsizing.HelmTrace;
import io.kubesteward.render.ChartArchive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Traces each Helm-rendered workload to the values keys that feed its resources: per release, the chart at the
 * version the cluster runs is rendered with the repository's values (what they give the workload now) and once more
 * with sentinels at every candidate key; the sentinel each field ends up with names its key. Releases are traced in
 * parallel; whatever stops one is that release's workloads' reason, never the run's.
 */
final class HelmTraceStep {
    private HelmTraceStep() {
    }

    /** One release as rendered now: what verification compares an edit's render with. */
    record Baseline(Declaration declaration, ChartArchive archive, String name, String namespace, String manifest) {
    }

    /** Every workload's trace by workload, and each traced release's baseline by release ({@code apps/podinfo}). */
    record Traced(Map<String, HelmTrace> traces, Map<String, Baseline> baselines) {
    }

    private record ReleaseTrace(Map<String, HelmTrace> traces, Baseline baseline) {
    }

    static Traced run(HelmRendered.Found found, Map<PackageRef, LookupResult> results, ValuesTracing tracing, int parallelism) {
        Map<String, List<HelmRendered.Target>> byRelease = new LinkedHashMap<>();
        for (HelmRendered.Target t : found.targets()) {
            byRelease.computeIfAbsent(t.release() + " " + t.chart().declaration().file() + " " + t.version(), k -> new ArrayList<>()).add(t);
        }
        Map<String, HelmTrace> traces = new LinkedHashMap<>(found.unmatched());
        Map<String, Baseline> baselines = new LinkedHashMap<>();
        if (byRelease.isEmpty()) {
            return new Traced(traces, baselines);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(parallelism, byRelease.size())), r -> {
            Thread t = new Thread(r, "steward-trace");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<List<HelmRendered.Target>, Future<ReleaseTrace>> pending = new LinkedHashMap<>();
            for (List<HelmRendered.Target> group : byRelease.values()) {
                pending.put(group, pool.submit(() -> traceRelease(group, results, tracing)));
            }
            pending.forEach((group, future) -> {
                ReleaseTrace out = await(future, group);
                traces.putAll(out.traces());
                if (out.baseline() != null) {
                    baselines.put(group.get(0).release(), out.baseline());
                }
            });
            return new Traced(traces, baselines);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReleaseTrace await(Future<ReleaseTrace> future, List<HelmRendered.Target> group) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(group, null, "tracing was interrupted");
        } catch (ExecutionException e) {
            return failed(group, null, "tracing failed unexpectedly (" + e.getCause() + "); please report this");
        }
    }

    private static ReleaseTrace traceRelease(List<HelmRendered.Target> group, Map<PackageRef, LookupResult> results, ValuesTracing tracing) {
        HelmRendered.Target first = group.get(0);
        Declaration d = first.chart().declaration();
        if (d.pkg() == null || first.version() == null) {
            return failed(group, null, "its chart declaration names no chart version Steward can fetch");
        }
        LookupResult looked = results.get(d.pkg());
        if (looked == null || !looked.ok()) {
            return failed(group, null, "the versions of chart " + d.pkg().name() + " could not be looked up"
                    + (looked == null || looked.failure() == null ? "" : " (" + looked.failure() + ")"));
        }
        Optional<Release> running = version(looked, first.version());
        String declared = d.currentValue() == null ? null : d.currentValue().trim();
        String note = null;
        if (running.isEmpty() && declared != null && !declared.equals(first.version())) {
            running = version(looked, declared);
            note = "the cluster runs " + d.pkg().name() + " " + first.version() + " (" + first.versionSource() + "), which its repository"
                    + " no longer lists; traced at the declared " + declared;
        }
        if (running.isEmpty()) {
            return failed(group, null, d.pkg().name() + " " + first.version() + " (the version the cluster runs, from " + first.versionSource()
                    + ") is not among the versions its repository lists");
        }
        String chart = "chart " + d.pkg().name() + " " + running.get().version();
        try {
            return trace(group, d, chart, tracing.unpacked(tracing.archive(d.pkg(), running.get())), tracing, note);
        } catch (ChartInsight.ArchiveUnavailable e) {
            return failed(group, chart, e.getMessage());
        } catch (ChartInsight.RenderUnavailable e) {
            return failed(group, chart, "Helm's engine is not available here (" + e.getMessage() + ")");
        }
    }

    private static ReleaseTrace trace(List<HelmRendered.Target> group, Declaration d, String chart, ChartArchive archive,
                                      ValuesTracing tracing, String note) throws ChartInsight.RenderUnavailable {
        HelmRendered.Target first = group.get(0);
        String name = first.release().substring(first.release().indexOf('/') + 1);
        ReleaseValues values = tracing.values(d, List.of());
        Map<String, Object> tree = RenderValues.tree(values);
        Rendered now = tracing.render(archive, name, first.namespace(), tree);
        if (!now.ok()) {
            return failed(group, chart, (now.helmRefused() ? "Helm refuses to render " : "Steward could not render ") + chart
                    + " with the repository's values: " + now.failure());
        }
        List<List<String>> candidates = ResourceCandidates.of(archive, tree);
        if (candidates.isEmpty()) {
            return failed(group, chart, chart + " has no resources key in its values or templates: its templates write the resources"
                    + " themselves, or none");
        }
        List<List<String>> used = new ArrayList<>();
        Rendered probed = tracing.render(archive, name, first.namespace(), ResourceSentinels.values(candidates, tree, used));
        if (!probed.ok()) {
            return failed(group, chart, "Helm refuses " + chart + " with test quantities at its resources keys (" + probed.failure()
                    + "), so no key is proven");
        }
        Map<String, HelmTrace> out = new LinkedHashMap<>();
        for (HelmRendered.Target t : group) {
            var ref = t.workload().ref();
            ResourceTrace traced = ResourceTrace.of(now.manifest(), probed.manifest(), used, first.namespace(), ref.kind().kind(),
                    ref.namespace(), ref.name());
            String why = !traced.found() ? chart + " rendered with the repository's values holds no " + ref
                    : values.unresolved().isEmpty() ? null : unexplained(t, traced, values);
            if (why != null) {
                out.put(ref.toString(), HelmTrace.failed(t.release(), d, chart, why));
                continue;
            }
            Map<String, Map<String, HelmTrace.Key>> keys = new LinkedHashMap<>();
            traced.paths().forEach((container, fields) -> fields.forEach((field, path) -> keys
                    .computeIfAbsent(container, c -> new LinkedHashMap<>()).put(field, new HelmTrace.Key(path, tracing.target(d, path)))));
            out.put(ref.toString(), new HelmTrace(t.release(), d, chart + (note == null ? "" : "; " + note), traced.current(), keys,
                    traced.unproven(), null));
        }
        return new ReleaseTrace(out, new Baseline(d, archive, name, first.namespace(), now.manifest()));
    }

    /**
     * With values Steward cannot read (a Secret's), the render is evidence only where it agrees with the cluster: a field
     * that renders otherwise than it runs may come from those values, and nothing is traced.
     */
    private static String unexplained(HelmRendered.Target t, ResourceTrace traced, ReleaseValues values) {
        for (WorkloadContainer c : t.workload().containers()) {
            if (!traced.current().containsKey(c.name())) {
                continue; // injected by the cluster (a mesh's sidecar): not the chart's
            }
            for (String field : ResourceSentinels.FIELDS) {
                String[] parts = field.split("\\.");
                String live = parts[0].equals("requests") ? c.resources().request(parts[1]) : c.resources().limit(parts[1]);
                String rendered = traced.currentText(c.name(), field).orElse(null);
                if (!Quantity.sameAmount(live, rendered)) {
                    return "the repository's values render " + field + " " + (rendered == null ? "(none)" : rendered) + " for container "
                            + c.name() + " but it runs with " + (live == null ? "none" : live) + ", and values Steward cannot read may set it: "
                            + String.join("; ", values.unresolved());
                }
            }
        }
        return null;
    }

    private static Optional<Release> version(LookupResult looked, String version) {
        return looked.releases().stream().filter(r -> r.version().equals(version)).findFirst();
    }

    private static ReleaseTrace failed(List<HelmRendered.Target> group, String chart, String why) {
        Map<String, HelmTrace> out = new LinkedHashMap<>();
        for (HelmRendered.Target t : group) {
            out.put(t.workload().ref().toString(), HelmTrace.failed(t.release(), t.chart().declaration(), chart, why));
        }
        return new ReleaseTrace(out, null);
    }
}
