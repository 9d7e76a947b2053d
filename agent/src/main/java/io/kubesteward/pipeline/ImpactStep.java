package io.kubesteward.pipeline;

import io.kubesteward.analysis.Impact;
import io.kubesteward.analysis.ImpactAnalysis;
import io.kubesteward.analysis.ImpactInput;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.UpdateType;
import io.kubesteward.planning.Outcome;
import io.kubesteward.planning.Plan;
import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.Update;
import io.kubesteward.render.ChartArchive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Looks inside every chart the plan upgrades: both archives, the release's values, and the checks of
 * {@link ImpactAnalysis}, bounded in parallel. What cannot be analysed is said in the update's impact, and the
 * run goes on.
 */
final class ImpactStep {
    private ImpactStep() {
    }

    static Plan run(Plan plan, Map<PackageRef, LookupResult> results, ChartInsight insight, Progress progress) {
        List<Update> charts = plan.proposals().stream().flatMap(p -> p.updates().stream()).filter(ImpactStep::isChart).distinct()
                .toList();
        if (charts.isEmpty()) {
            return plan;
        }
        progress.step("looking inside " + charts.size() + (charts.size() == 1 ? " chart upgrade" : " chart upgrades"));
        Map<Update, Update> analysed = CompanionReleases.add(plan, analyseAll(charts, results, insight), insight);
        List<Outcome> outcomes = plan.outcomes().stream().map(o -> new Outcome(o.declaration(), o.status(),
                o.updates().stream().map(u -> analysed.getOrDefault(u, u)).toList(), o.newestOverall(), o.reason(), o.appliedRules(), o.lag()))
                .toList();
        List<Proposal> proposals = plan.proposals().stream()
                .map(p -> p.withUpdates(p.updates().stream().map(u -> analysed.getOrDefault(u, u)).toList())).toList();
        return new Plan(outcomes, proposals);
    }

    static boolean isChart(Update u) {
        Declaration d = u.declaration();
        return d.pkg() != null && d.pkg().kind().chart() && d.kind().chart()
                && u.type() != UpdateType.DIGEST && u.release() != null && d.currentValue() != null;
    }

    private static Map<Update, Update> analyseAll(List<Update> charts, Map<PackageRef, LookupResult> results, ChartInsight insight) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(insight.parallelism(), charts.size())), r -> {
            Thread t = new Thread(r, "steward-impact");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<Update, Future<Impact>> pending = new LinkedHashMap<>();
            charts.forEach(u -> pending.put(u, pool.submit(() -> analyse(u, results.get(u.declaration().pkg()), insight))));
            Map<Update, Update> out = new LinkedHashMap<>();
            pending.forEach((u, f) -> out.put(u, u.withImpact(await(f))));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Impact await(Future<Impact> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Impact.unread("the analysis was interrupted");
        } catch (ExecutionException e) {
            return Impact.unread("the analysis failed: " + e.getCause());
        }
    }

    static Impact analyse(Update u, LookupResult result, ChartInsight insight) {
        Declaration d = u.declaration();
        Optional<Release> current = result == null || !result.ok() ? Optional.empty()
                : result.releases().stream().filter(r -> r.version().equals(d.currentValue().trim())).findFirst();
        if (current.isEmpty()) {
            return Impact.unread("the current version " + d.currentValue().trim() + " is not among the versions its repository lists, so there is"
                    + " no archive to compare " + u.release().version() + " with");
        }
        ChartArchive from;
        ChartArchive to;
        try {
            from = insight.archive(d.pkg(), current.get());
            to = insight.archive(d.pkg(), u.release());
        } catch (ChartInsight.ArchiveUnavailable e) {
            return Impact.unread(e.getMessage());
        }
        ImpactInput in = new ImpactInput(d.pkg().repository(), d.pkg().name(), current.get().version(), u.release().version(), from, to,
                insight.values(d), insight.crds(d), insight.objects());
        io.kubesteward.analysis.Renders renders;
        try {
            renders = insight.render(d, in);
        } catch (ChartInsight.RenderUnavailable e) {
            return withoutRenders(in, e.getMessage());
        } catch (RuntimeException e) {
            // a fault in the native engine or its binding: the archive checks still stand
            return withoutRenders(in, "the render failed unexpectedly (" + e + ")");
        }
        return ImpactAnalysis.analyse(in.withRenders(renders));
    }

    private static Impact withoutRenders(ImpactInput in, String why) {
        Impact impact = ImpactAnalysis.analyse(in);
        List<String> notRead = new java.util.ArrayList<>(impact.notRead());
        notRead.add("the rendered manifests: " + why);
        return new Impact(impact.findings(), notRead, impact.compared());
    }
}
