package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.Hpa;
import io.kubesteward.model.StatusCondition;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.rightsizing.ContainerSizingFacts;
import io.kubesteward.rightsizing.ControllerKind;
import io.kubesteward.rightsizing.Resource;
import io.kubesteward.rightsizing.VpaStatus;
import io.kubesteward.rightsizing.WorkloadFacts;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A workload of the cluster, with its source, as the policy's {@link WorkloadFacts}: replicas (the
 * HPA's current count when one scales it; one for jobs), when its pod template last changed, the
 * resources HPAs scale it on, its VPA, its namespace's constraints and its containers.
 */
final class WorkloadFactsMapper {
    private final ClusterIndex index;
    private final NamespaceConstraints constraints;

    private final List<io.kubesteward.model.MergedRightsizing> history;

    WorkloadFactsMapper(ClusterInventory cluster, ClusterIndex index, List<io.kubesteward.model.MergedRightsizing> history) {
        this.index = index;
        this.constraints = new NamespaceConstraints(cluster);
        this.history = history;
    }

    WorkloadFacts map(Workload w, SourceMatch source, List<String> problems) {
        List<Hpa> hpas = index.hpasFor(w.ref());
        List<Vpa> vpas = index.vpasFor(w.ref());
        if (vpas.size() > 1) {
            problems.add(w.ref() + " is the target of " + vpas.size() + " VPAs (" + String.join(", ", vpas.stream().map(Vpa::name).toList())
                    + "); Steward reads " + vpas.get(0).name() + ". Keep one VPA per workload.");
        }
        Vpa vpa = vpas.isEmpty() ? null : vpas.get(0);
        List<ContainerSizingFacts> containers = new ArrayList<>();
        for (WorkloadContainer c : w.containers()) {
            containers.add(ContainerFactsMapper.map(w, c, source, vpa, index, history, problems));
        }
        return new WorkloadFacts(w.ref().namespace(), ControllerKind.of(w.ref().kind().kind()), w.ref().name(), replicas(w, hpas),
                w.templateChangedAt(), hpaResources(hpas), vpa == null ? null : status(vpa), constraints.of(w.ref().namespace()),
                containers);
    }

    private static int replicas(Workload w, List<Hpa> hpas) {
        for (Hpa h : hpas) {
            if (h.currentReplicas() != null) {
                return h.currentReplicas();
            }
        }
        return w.replicas() == null ? 1 : Math.max(0, w.replicas());
    }

    private static Set<Resource> hpaResources(List<Hpa> hpas) {
        Set<Resource> out = EnumSet.noneOf(Resource.class);
        for (Hpa h : hpas) {
            for (Resource r : Resource.values()) {
                if (h.scalesOn(r.id())) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static VpaStatus status(Vpa vpa) {
        return new VpaStatus(vpa.name(), vpa.createdAt(), vpa.updateMode(), holds(vpa, "RecommendationProvided"),
                holds(vpa, "NoPodsMatched"), holds(vpa, "ConfigUnsupported"));
    }

    private static boolean holds(Vpa vpa, String type) {
        return vpa.condition(type).map(StatusCondition::holds).orElse(false);
    }
}
