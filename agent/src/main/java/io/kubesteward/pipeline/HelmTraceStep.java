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

    /**
     * One chart version of a release rendered with the repository's values: what verification compares an edit's
     * render with; {@code unstable}, what two renders of the same values gave differently (generated secrets).
     */
    record Render(String version, ChartArchive archive, String name, String namespace, String manifest, java.util.Set<String> unstable) {
    }

    /** A release's renders: at the version the cluster runs, and at the one the repository declares when that differs. */
    record Baseline(Declaration declaration, List<Render> renders) {
    }

    /** Every workload's trace by workload, and each traced release's baseline by its chart declaration. */
    record Traced(Map<String, HelmTrace> traces, Map<Declaration, Baseline> baselines) {
    }

    private record ReleaseTrace(Map<String, HelmTrace> traces, Baseline baseline) {
    }

    /** @param readers every chart declaration of the repository: values blocks they share are not written for one of them */
    static Traced run(HelmRendered.Found found, Map<PackageRef, LookupResult> results, ValuesTracing tracing, int parallelism,
                      List<Declaration> readers) {
        Map<String, List<HelmRendered.Target>> byRelease = new LinkedHashMap<>();
        for (HelmRendered.Target t : found.targets()) {
            Declaration d = t.chart().declaration();
            // by declaration: two dependencies of one umbrella chart share its release and file, not their charts
            byRelease.computeIfAbsent(d.file() + "@" + (d.span() == null ? -1 : d.span().start()) + " " + t.release() + " " + t.version(),
                    k -> new ArrayList<>()).add(t);
        }
        Map<String, HelmTrace> traces = new LinkedHashMap<>(found.unmatched());
        Map<Declaration, Baseline> baselines = new LinkedHashMap<>();
        // one declaration read as several releases (a kustomize base in two overlays, a release without a namespace in
        // two): its values are theirs together, so a quantity written for one would change the others
        Map<Declaration, java.util.Set<String>> releases = new LinkedHashMap<>();
        found.targets().forEach(t -> releases.computeIfAbsent(t.chart().declaration(), d -> new java.util.TreeSet<>()).add(t.release()));
        byRelease.values().removeIf(group -> {
            java.util.Set<String> all = releases.get(group.get(0).chart().declaration());
            if (all.size() < 2) {
                return false;
            }
            Declaration d = group.get(0).chart().declaration();
            traces.putAll(failed(group, null, d.file() + " makes Helm releases " + String.join(" and ", all) + " from one declaration: a"
                    + " value written there changes them all, so Steward writes none; give each release values of its own").traces());
            return true;
        });
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
                pending.put(group, pool.submit(() -> traceRelease(group, results, tracing, readers)));
            }
            pending.forEach((group, future) -> {
                ReleaseTrace out = await(future, group);
                traces.putAll(out.traces());
                if (out.baseline() != null) {
                    baselines.put(out.baseline().declaration(), out.baseline());
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

    private static ReleaseTrace traceRelease(List<HelmRendered.Target> group, Map<PackageRef, LookupResult> results, ValuesTracing tracing,
                                             List<Declaration> readers) {
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
            ReleaseValues values = tracing.values(d, List.of());
            ReleaseTrace traced = trace(group, d, chart, running.get().version(), archive(tracing, d, running.get(), first.chart()), tracing,
                    values, note, readers);
            if (traced.baseline() == null || declared == null || declared.equals(running.get().version())) {
                return traced;
            }
            if (!declared.matches("v?[0-9]+\\.[0-9]+\\.[0-9]+([-+][0-9A-Za-z.+-]*)?")) {
                // a range (^1.2.0, ~12.1, 1.x): which version it installs next is Helm's choice at deploy time
                return traced;
            }
            // the repository declares another version than runs: the edit must also hold once that one is applied
            Optional<Release> next = version(looked, declared);
            String at = "chart " + d.pkg().name() + " " + declared + " (the version the repository declares)";
            if (next.isEmpty()) {
                return failed(group, chart, at + " is not among the versions its repository lists, so the edit cannot be confirmed for it");
            }
            Attempt other = baseline(tracing, archive(tracing, d, next.get(), first.chart()), declared, first, RenderValues.tree(values));
            if (other.render() == null) {
                return failed(group, chart, "Helm does not render " + at + " with the repository's values, so the edit cannot be confirmed"
                        + " for it: " + other.failure());
            }
            List<Render> renders = new ArrayList<>(traced.baseline().renders());
            renders.add(other.render());
            return new ReleaseTrace(traced.traces(), new Baseline(d, renders));
        } catch (ChartInsight.ArchiveUnavailable e) {
            return failed(group, chart, e.getMessage());
        } catch (ChartInsight.RenderUnavailable e) {
            return failed(group, chart, "Helm's engine is not available here (" + e.getMessage() + ")");
        }
    }

    /** The chart's archive at {@code release}, its bundled charts unpacked, named as the umbrella chart that bundles it names it. */
    private static ChartArchive archive(ValuesTracing tracing, Declaration d, Release release, HelmRendered.ChartRelease chart)
            throws ChartInsight.ArchiveUnavailable {
        ChartArchive archive = tracing.unpacked(tracing.archive(d.pkg(), release));
        return chart.renderedAs() == null ? archive : io.kubesteward.render.AliasedChart.as(archive, chart.renderedAs());
    }

    private record Attempt(Render render, String failure, boolean helmRefused) {
    }

    /** Rendered twice with the same values, to know what the chart makes up anew each time; else why it did not render. */
    private static Attempt baseline(ValuesTracing tracing, ChartArchive archive, String version, HelmRendered.Target first,
                                   Map<String, Object> tree) throws ChartInsight.RenderUnavailable {
        String name = first.release().substring(first.release().indexOf('/') + 1);
        Rendered one = tracing.render(archive, name, first.namespace(), tree);
        Rendered two = one.ok() ? tracing.render(archive, name, first.namespace(), tree) : one;
        if (!two.ok()) {
            return new Attempt(null, two.failure(), two.helmRefused());
        }
        return new Attempt(new Render(version, archive, name, first.namespace(), one.manifest(),
                io.kubesteward.analysis.ValuesEditCheck.unstable(one.manifest(), two.manifest(), first.namespace())), null, false);
    }

    private static ReleaseTrace trace(List<HelmRendered.Target> group, Declaration d, String chart, String version, ChartArchive archive,
                                      ValuesTracing tracing, ReleaseValues values, String note, List<Declaration> readers)
            throws ChartInsight.RenderUnavailable {
        HelmRendered.Target first = group.get(0);
        String name = first.release().substring(first.release().indexOf('/') + 1);
        Map<String, Object> tree = RenderValues.tree(values);
        Attempt baseline = baseline(tracing, archive, version, first, tree);
        if (baseline.render() == null) {
            return failed(group, chart, (baseline.helmRefused() ? "Helm refuses to render " : "Steward could not render ") + chart
                    + " with the repository's values: " + baseline.failure());
        }
        Render now = baseline.render();
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
            String why = !traced.found() ? chart + " rendered with the repository's values holds no " + ref : unexplained(t, traced, values);
            if (why != null) {
                out.put(ref.toString(), HelmTrace.failed(t.release(), d, chart, why));
                continue;
            }
            Map<String, Map<String, HelmTrace.Key>> keys = new LinkedHashMap<>();
            traced.paths().forEach((container, fields) -> fields.forEach((field, path) -> keys
                    .computeIfAbsent(container, c -> new LinkedHashMap<>()).put(field, new HelmTrace.Key(path, tracing.target(d, path, readers)))));
            out.put(ref.toString(), new HelmTrace(t.release(), d, chart + (note == null ? "" : "; " + note), traced.current(), keys,
                    traced.unproven(), null));
        }
        return new ReleaseTrace(out, new Baseline(d, List.of(now)));
    }

    /**
     * The render is evidence only where it agrees with the cluster. With values Steward cannot read (a Secret's),
     * every field the chart renders must run as rendered: one that does not may come from those values, and nothing is
     * traced. Otherwise each field whose key is proven must: where it does not, the cluster runs something else than
     * the repository says (not synced yet, changed by hand, or values read in a way Steward does not model), and an
     * edit there could not be judged.
     */
    private static String unexplained(HelmRendered.Target t, ResourceTrace traced, ReleaseValues values) {
        boolean unreadable = !values.unresolved().isEmpty();
        for (WorkloadContainer c : t.workload().containers()) {
            if (!traced.current().containsKey(c.name())) {
                continue; // injected by the cluster (a mesh's sidecar): not the chart's
            }
            for (String field : ResourceSentinels.FIELDS) {
                if (!unreadable && !traced.paths().getOrDefault(c.name(), Map.of()).containsKey(field)) {
                    continue;
                }
                String[] parts = field.split("\\.");
                String live = parts[0].equals("requests") ? c.resources().request(parts[1]) : c.resources().limit(parts[1]);
                String rendered = traced.currentText(c.name(), field).orElse(null);
                if (!Quantity.sameAmount(live, rendered)) {
                    String renders = "the repository's values render " + field + " " + (rendered == null ? "(none)" : rendered) + " for container "
                            + c.name() + " but it runs with " + (live == null ? "none" : live);
                    return unreadable ? renders + ", and values Steward cannot read may set it: " + String.join("; ", values.unresolved())
                            : renders + ": the cluster does not run what the repository says (not synced yet, or changed by hand), so an"
                            + " edit there cannot be judged; Steward proposes once they agree";
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
