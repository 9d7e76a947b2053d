package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ContainerFacts;
import io.kubesteward.model.ContainerRole;
import io.kubesteward.model.PodFacts;
import io.kubesteward.model.Quantity;
import io.kubesteward.model.Termination;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.VpaContainerPolicy;
import io.kubesteward.model.VpaRecommendation;
import io.kubesteward.model.Workload;
import io.kubesteward.model.WorkloadContainer;
import io.kubesteward.rightsizing.ContainerScope;
import io.kubesteward.rightsizing.ContainerSizingFacts;
import io.kubesteward.rightsizing.Declared;
import io.kubesteward.rightsizing.ManagedHeap;
import io.kubesteward.rightsizing.Recommendation;
import io.kubesteward.rightsizing.Resource;
import io.kubesteward.rightsizing.SampleHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One container of the cluster as the policy sees it: the requests and limits the source declares
 * (a Helm release's: as its values render them; for a workload not edited from the repository, those running), the VPA's recommendation,
 * resource policy and checkpoint history, OOM kills and restarts from its pods, when rightsizing changes of it were
 * merged (the repository's history), and a managed-heap hint.
 */
final class ContainerFactsMapper {
    private ContainerFactsMapper() {
    }

    static ContainerSizingFacts map(Workload w, WorkloadContainer c, SourceMatch source, Vpa vpa, ClusterIndex cluster,
                                    List<io.kubesteward.model.MergedRightsizing> history, List<String> problems) {
        boolean fromSource = source.editable();
        boolean inSource = !fromSource || source.containers().contains(c.name());
        // a container the source does not declare (a mesh's sidecar) is judged by what it runs: it still decides the pod's QoS
        Declared cpu = declared(w, c, inSource ? source : null, Resource.CPU, problems);
        Declared memory = declared(w, c, inSource ? source : null, Resource.MEMORY, problems);
        Map<Resource, Recommendation> recommendation = new EnumMap<>(Resource.class);
        Map<Resource, Quantity> minAllowed = new EnumMap<>(Resource.class);
        Map<Resource, Quantity> maxAllowed = new EnumMap<>(Resource.class);
        SampleHistory samples = null;
        if (vpa != null) {
            vpa.recommendation(c.name()).ifPresent(r -> recommendation.putAll(recommendation(r)));
            vpa.policy(c.name()).ifPresent(p -> bounds(p, minAllowed, maxAllowed));
            samples = cluster.checkpoint(vpa, c.name()).map(ContainerFactsMapper::history).orElse(null);
        }
        List<io.kubesteward.model.MergedRightsizing> merged = history.stream().filter(h -> concerns(h.value(), w, c.name())).toList();
        Instant last = merged.stream().map(io.kubesteward.model.MergedRightsizing::mergedAt).max(Instant::compareTo).orElse(null);
        List<Instant> raises = merged.stream().filter(io.kubesteward.model.MergedRightsizing::oomRaise)
                .map(io.kubesteward.model.MergedRightsizing::mergedAt).distinct().toList();
        return new ContainerSizingFacts(c.name(), scope(c.role()), inSource, cpu, memory, recommendation, minAllowed,
                maxAllowed, samples, oomKills(w, c.name()), restarts(w, c.name()), raises, last, heap(c));
    }

    /** The history's value is this container's (a manifest without a namespace names none). */
    private static boolean concerns(io.kubesteward.model.ContainerResourceRef ref, Workload w, String container) {
        return ref.kind().equals(w.ref().kind().kind()) && ref.name().equals(w.ref().name()) && ref.container().equals(container)
                && (ref.namespace() == null || ref.namespace().equals(w.ref().namespace()));
    }

    private static Declared declared(Workload w, WorkloadContainer c, SourceMatch source, Resource r, List<String> problems) {
        String request;
        String limit;
        if (source == null) {
            request = c.resources().request(r.id());
            limit = c.resources().limit(r.id());
        } else if (source.helm() != null) {
            request = source.helm().currentText(c.name(), "requests." + r.id()).orElse(null);
            limit = source.helm().currentText(c.name(), "limits." + r.id()).orElse(null);
        } else if (source.editable()) {
            request = source.value(c.name(), "requests." + r.id()).map(v -> v.declaration().currentValue()).orElse(null);
            limit = source.value(c.name(), "limits." + r.id()).map(v -> v.declaration().currentValue()).orElse(null);
        } else {
            request = c.resources().request(r.id());
            limit = c.resources().limit(r.id());
        }
        return new Declared(quantity(w, c, "requests." + r.id(), request, problems), quantity(w, c, "limits." + r.id(), limit, problems));
    }

    private static Quantity quantity(Workload w, WorkloadContainer c, String field, String text, List<String> problems) {
        Quantity q = Quantities.parse(text);
        if (text != null && q == null) {
            problems.add(w.ref() + " container " + c.name() + ": " + field + " '" + text
                    + "' is not a Kubernetes quantity (templated?); Steward leaves it as it is");
        }
        return q;
    }

    private static Map<Resource, Recommendation> recommendation(VpaRecommendation r) {
        Map<Resource, Recommendation> out = new EnumMap<>(Resource.class);
        for (Resource res : Resource.values()) {
            Quantity t = Quantities.parse(r.target().get(res.id()));
            Quantity l = Quantities.parse(r.lowerBound().get(res.id()));
            Quantity u = Quantities.parse(r.upperBound().get(res.id()));
            if (t != null && l != null && u != null) {
                out.put(res, new Recommendation(t, l, u, Quantities.parse(r.uncappedTarget().get(res.id()))));
            }
        }
        return out;
    }

    private static void bounds(VpaContainerPolicy p, Map<Resource, Quantity> min, Map<Resource, Quantity> max) {
        for (Resource r : Resource.values()) {
            Quantity lo = Quantities.parse(p.minAllowed().get(r.id()));
            Quantity hi = Quantities.parse(p.maxAllowed().get(r.id()));
            if (lo != null) {
                min.put(r, lo);
            }
            if (hi != null) {
                max.put(r, hi);
            }
        }
    }

    private static SampleHistory history(VpaCheckpoint c) {
        if (c.firstSampleStart() == null || c.lastSampleStart() == null) {
            return null;
        }
        return SampleHistory.fromCheckpoint(c.firstSampleStart(), c.lastSampleStart(), c.totalSamplesCount(), c.highestMemoryBucket());
    }

    private static ContainerScope scope(ContainerRole role) {
        return switch (role) {
            case CONTAINER -> ContainerScope.REGULAR;
            case INIT -> ContainerScope.INIT;
            case SIDECAR -> ContainerScope.NATIVE_SIDECAR;
        };
    }

    /** When each OOM kill ended, from the current and the previous run of the container in every pod. */
    static List<Instant> oomKills(Workload w, String container) {
        List<Instant> kills = new ArrayList<>();
        for (PodFacts pod : w.pods()) {
            for (ContainerFacts f : pod.containers()) {
                if (!f.name().equals(container)) {
                    continue;
                }
                for (Termination t : new Termination[] {f.terminated(), f.lastTermination()}) {
                    if (t != null && t.oomKilled()) {
                        Instant at = t.finishedAt() != null ? t.finishedAt() : t.startedAt() != null ? t.startedAt() : pod.startTime();
                        if (at != null) {
                            kills.add(at);
                        }
                    }
                }
            }
        }
        return kills;
    }

    private static int restarts(Workload w, String container) {
        return w.pods().stream().flatMap(p -> p.containers().stream()).filter(f -> f.name().equals(container))
                .mapToInt(ContainerFacts::restartCount).sum();
    }

    private static ManagedHeap heap(WorkloadContainer c) {
        return c.heapHints().isEmpty() ? null : new ManagedHeap(c.heapHints().get(0).runtime(), c.heapHints().get(0).evidence());
    }
}
