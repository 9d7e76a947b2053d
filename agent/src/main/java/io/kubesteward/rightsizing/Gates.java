package io.kubesteward.rightsizing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RIGHTSIZING.md's gates as a checklist for the PR. The container gates (enabled, scope, kind, VPA
 * health) stop everything; the others (confidence, rollout, HPA, runtime) restrict single values and
 * are listed here as they stand, and applied per value by {@link UpGates} and {@link DownGates}.
 */
final class Gates {
    private Gates() {
    }

    /** Adds each container gate as it passes; returns the first that fails, or null. */
    static Reason container(SizingContext ctx, List<Gate> gates) {
        ContainerSizingFacts c = ctx.container();
        WorkloadFacts w = ctx.workload();
        if (!ctx.settings().flag(Setting.ENABLED)) {
            return new Reason(Reason.Code.DISABLED, "rightsizing is switched off here (" + Setting.ENABLED.annotation() + " or a rule)");
        }
        if (c.scope() == ContainerScope.INIT) {
            return new Reason(Reason.Code.INIT_CONTAINER, "init container: reported only; the VPA does not size init containers");
        }
        if (c.scope() == ContainerScope.NATIVE_SIDECAR) {
            return new Reason(Reason.Code.NATIVE_SIDECAR, "native sidecar: reported only; the VPA gives it no recommendation");
        }
        if (!c.inSource()) {
            return new Reason(Reason.Code.NOT_IN_SOURCE, "not declared in the source (an injected sidecar?): reported only;"
                    + " size it where the injector is configured");
        }
        gates.add(new Gate("scope", true, "declared in the source"));
        if (w.kind() == ControllerKind.OTHER) {
            return new Reason(Reason.Code.UNSUPPORTED_KIND, "Steward sizes Deployments, StatefulSets, DaemonSets, Rollouts, CronJobs and Jobs");
        }
        gates.add(new Gate("kind", !w.kind().increasesOnly(), w.kind().kind() + (w.kind().increasesOnly() ? ": increases only" : ": full policy")));
        Reason vpa = vpaHealth(w.vpa(), c);
        if (vpa != null) {
            return vpa;
        }
        gates.add(new Gate("VPA health", true, "VPA " + w.vpa().name() + ": RecommendationProvided, updateMode " + w.vpa().updateModeOrDefault()));
        return null;
    }

    private static Reason vpaHealth(VpaStatus vpa, ContainerSizingFacts c) {
        if (vpa == null) {
            return new Reason(Reason.Code.NO_VPA, "no VerticalPodAutoscaler targets this workload; add one in updateMode Off to get recommendations");
        }
        if (!vpa.leavesLiveValuesToGit()) {
            return new Reason(Reason.Code.VPA_UPDATE_MODE, "VPA " + vpa.name() + " is in updateMode " + vpa.updateModeOrDefault()
                    + ": it owns the live values, so Git's are not the ones that run; use Off or Initial to size in Git");
        }
        if (vpa.noPodsMatched()) {
            return new Reason(Reason.Code.VPA_NO_PODS_MATCHED, "VPA " + vpa.name() + " reports NoPodsMatched: check its targetRef");
        }
        if (vpa.configUnsupported()) {
            return new Reason(Reason.Code.VPA_CONFIG_UNSUPPORTED, "VPA " + vpa.name() + " reports ConfigUnsupported: check its targetRef");
        }
        if (!vpa.recommendationProvided()) {
            return new Reason(Reason.Code.VPA_NO_RECOMMENDATION, "VPA " + vpa.name() + " has not provided a recommendation yet");
        }
        if (c.recommendation().isEmpty()) {
            return new Reason(Reason.Code.CONTAINER_NOT_RECOMMENDED, "VPA " + vpa.name() + " has no recommendation for container " + c.name());
        }
        return null;
    }

    static void informational(SizingContext ctx, List<Gate> gates) {
        WorkloadFacts w = ctx.workload();
        RightsizingSettings s = ctx.settings();
        gates.add(new Gate("confidence", ctx.confidence().level() == Confidence.Level.FULL, ctx.confidence().describe()));
        Instant changed = w.podTemplateChangedAt();
        Duration quiet = s.duration(Setting.POD_TEMPLATE_STABLE_FOR_DECREASES);
        if (changed == null) {
            gates.add(new Gate("rollout", false, "pod template age unknown: no decreases"));
        } else {
            Duration age = ChangeRules.since(changed, ctx.now());
            gates.add(new Gate("rollout", age.compareTo(quiet) >= 0, "pod template unchanged for " + Show.duration(age)
                    + " (decreases need " + s.text(Setting.POD_TEMPLATE_STABLE_FOR_DECREASES) + ")"));
        }
        gates.add(new Gate("HPA", w.hpaResources().isEmpty(), w.hpaResources().isEmpty() ? "no HPA scales on cpu or memory"
                : "an HPA scales on " + w.hpaResources().stream().map(Resource::id).sorted().collect(Collectors.joining(" and "))
                + ": those requests stay"));
        ManagedHeap heap = ctx.container().heap();
        gates.add(new Gate("runtime", heap == null, heap == null ? "no managed-heap runtime seen"
                : heap.runtime() + " (" + heap.evidence() + "): memory decreases advisory, CPU limit never lowered"));
        if (ctx.oom().any()) {
            gates.add(new Gate("OOM", false, ctx.oom().kills().size() + " OOM kill(s) in the last " + s.text(Setting.OOM_LOOKBACK)
                    + ": memory decreases frozen" + (ctx.oom().recentForLimit() ? ", limit raised" : "")));
        }
    }
}
