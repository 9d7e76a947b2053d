package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.Workload;
import io.kubesteward.rightsizing.ControllerKind;
import io.kubesteward.rightsizing.Rightsizing;
import io.kubesteward.rightsizing.Setting;
import io.kubesteward.rightsizing.SettingProblem;
import io.kubesteward.rightsizing.SettingsScope;
import io.kubesteward.rightsizing.WorkloadFacts;
import io.kubesteward.rightsizing.WorkloadPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cluster's workloads and the repository's container resources → the rightsizing plan: each
 * workload mapped to its source, judged by RIGHTSIZING.md at the time the cluster was read, and the
 * changes of editable workloads grouped into one proposal per application. Pure.
 */
public final class RightsizingPlanner {
    private final RightsizingInputs inputs;

    public RightsizingPlanner(RightsizingInputs inputs) {
        this.inputs = inputs;
    }

    /** {@code resources} are the repository's container-resources declarations; {@code fallbackNow} is used only when the read time is unknown. */
    public RightsizingPlan plan(ClusterInventory cluster, List<Declaration> resources, Instant fallbackNow) {
        return plan(cluster, resources, Map.of(), fallbackNow);
    }

    /** {@code traces}: Helm-rendered workloads traced to their values keys, by workload ({@code Deployment apps/web}). */
    public RightsizingPlan plan(ClusterInventory cluster, List<Declaration> resources, Map<String, HelmTrace> traces, Instant fallbackNow) {
        return plan(cluster, resources, traces, List.of(), fallbackNow);
    }

    /** {@code history}: the rightsizing changes the repository's history holds (the cooldown and earlier OOM raises read it). */
    public RightsizingPlan plan(ClusterInventory cluster, List<Declaration> resources, Map<String, HelmTrace> traces,
                                List<io.kubesteward.model.MergedRightsizing> history, Instant fallbackNow) {
        Instant now = cluster.origin() != null && cluster.origin().readAt() != null ? cluster.origin().readAt() : fallbackNow;
        ResourceIndex index = new ResourceIndex(resources);
        SourceLocator locator = new SourceLocator(index, cluster, traces);
        ClusterIndex autoscalers = new ClusterIndex(cluster);
        WorkloadFactsMapper mapper = new WorkloadFactsMapper(cluster, autoscalers, history);
        List<WorkloadResult> results = new ArrayList<>();
        List<WorkloadResult> wantVpa = new ArrayList<>();
        for (Workload w : cluster.workloads()) {
            List<String> problems = new ArrayList<>();
            SourceMatch source = locator.locate(w);
            WorkloadFacts facts = mapper.map(w, source, problems);
            SettingsScope.Resolved settings = SettingsScope.forWorkload(inputs.settings(), inputs.overrides(), w.ref().namespace(),
                    ControllerKind.of(w.ref().kind().kind()), w.ref().name(), Map.of(), w.annotations());
            settings.problems().stream().map(SettingProblem::oneLine).forEach(problems::add);
            WorkloadPlan plan = Rightsizing.evaluate(facts, settings.settings(), inputs.prices(), now);
            WorkloadResult result = new WorkloadResult(w.ref(), Applications.of(w, cluster), source, plan, null, null, problems);
            results.add(result);
            if (settings.settings().flag(Setting.PROPOSE_VPA) && facts.vpa() == null) {
                wantVpa.add(result);
            }
        }
        Proposals proposals = new Proposals(inputs, index, cluster, autoscalers);
        List<RightsizingProposal> made = new ArrayList<>();
        Map<String, List<WorkloadResult>> byApp = new LinkedHashMap<>();
        results.stream().filter(r -> r.source().editable() && r.plan().changes())
                .forEach(r -> byApp.computeIfAbsent(r.app(), a -> new ArrayList<>()).add(r));
        Map<String, WorkloadResult> updated = new LinkedHashMap<>();
        results.forEach(r -> updated.put(r.ref().toString(), r));
        byApp.forEach((app, group) -> proposals.rightsize(app, group, made, updated));
        made.addAll(proposals.vpas(wantVpa));
        made.sort(Comparator.comparing((RightsizingProposal p) -> !p.reliability()).thenComparing(RightsizingProposal::branch));
        List<String> problems = results.stream().flatMap(r -> r.problems().stream()).distinct().toList();
        String context = cluster.origin() == null ? null : cluster.origin().context();
        return new RightsizingPlan(context, now, List.copyOf(updated.values()), made, problems, inputs.prices(),
                inputs.settings().decimal(Setting.HOURS_PER_MONTH), inputs.settings().text(Setting.DECREASE_COOLDOWN));
    }
}
