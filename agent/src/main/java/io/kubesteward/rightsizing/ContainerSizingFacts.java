package io.kubesteward.rightsizing;

import io.kubesteward.model.Quantity;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the policy knows about one container of a workload.
 *
 * @param inSource         the container is declared in the source file (false: injected, e.g. istio-proxy)
 * @param cpu              requests.cpu / limits.cpu as the source file declares them
 * @param memory           requests.memory / limits.memory as the source file declares them
 * @param recommendation   the VPA status entry for this container, by resource; empty when there is none
 * @param minAllowed       the VPA resourcePolicy's minAllowed for this container, by resource
 * @param maxAllowed       the VPA resourcePolicy's maxAllowed for this container, by resource
 * @param history          the VPA checkpoint's facts; null when there is no checkpoint
 * @param oomKills         when the container was OOMKilled (lastState.terminated, events); any age
 * @param restarts         restart count, for the report
 * @param oomRaisesMerged  when earlier OOM-driven raises of this container were merged (git history)
 * @param lastChangeMerged when the merge that last changed this container's resources landed; null if never
 * @param heap             evidence of a managed-heap runtime (JVM, Go, Node); null when none was seen
 */
public record ContainerSizingFacts(
        String name,
        ContainerScope scope,
        boolean inSource,
        Declared cpu,
        Declared memory,
        Map<Resource, Recommendation> recommendation,
        Map<Resource, Quantity> minAllowed,
        Map<Resource, Quantity> maxAllowed,
        SampleHistory history,
        List<Instant> oomKills,
        int restarts,
        List<Instant> oomRaisesMerged,
        Instant lastChangeMerged,
        ManagedHeap heap) {

    public ContainerSizingFacts {
        if (name == null) {
            throw new IllegalArgumentException("a container needs a name");
        }
        scope = scope == null ? ContainerScope.REGULAR : scope;
        cpu = cpu == null ? Declared.NONE : cpu;
        memory = memory == null ? Declared.NONE : memory;
        recommendation = ByResource.copy(recommendation);
        minAllowed = ByResource.copy(minAllowed);
        maxAllowed = ByResource.copy(maxAllowed);
        oomKills = oomKills == null ? List.of() : List.copyOf(oomKills);
        oomRaisesMerged = oomRaisesMerged == null ? List.of() : List.copyOf(oomRaisesMerged);
    }

    /** A regular container declared in the source, with the given resources and VPA entry and nothing else known. */
    public static ContainerSizingFacts of(String name, Declared cpu, Declared memory, Map<Resource, Recommendation> recommendation) {
        return new ContainerSizingFacts(name, ContainerScope.REGULAR, true, cpu, memory, recommendation, Map.of(), Map.of(), null,
                List.of(), 0, List.of(), null, null);
    }

    public Declared declared(Resource resource) {
        return resource == Resource.CPU ? cpu : memory;
    }

    public ContainerSizingFacts withHistory(SampleHistory newHistory) {
        return new ContainerSizingFacts(name, scope, inSource, cpu, memory, recommendation, minAllowed, maxAllowed, newHistory,
                oomKills, restarts, oomRaisesMerged, lastChangeMerged, heap);
    }

    public ContainerSizingFacts withOoms(List<Instant> kills, List<Instant> raisesMerged) {
        return new ContainerSizingFacts(name, scope, inSource, cpu, memory, recommendation, minAllowed, maxAllowed, history,
                kills, restarts, raisesMerged, lastChangeMerged, heap);
    }

    public ContainerSizingFacts withHeap(ManagedHeap newHeap) {
        return new ContainerSizingFacts(name, scope, inSource, cpu, memory, recommendation, minAllowed, maxAllowed, history,
                oomKills, restarts, oomRaisesMerged, lastChangeMerged, newHeap);
    }

    public ContainerSizingFacts withVpaPolicy(Map<Resource, Quantity> min, Map<Resource, Quantity> max) {
        return new ContainerSizingFacts(name, scope, inSource, cpu, memory, recommendation, min, max, history,
                oomKills, restarts, oomRaisesMerged, lastChangeMerged, heap);
    }

    public ContainerSizingFacts withLastChangeMerged(Instant merged) {
        return new ContainerSizingFacts(name, scope, inSource, cpu, memory, recommendation, minAllowed, maxAllowed, history,
                oomKills, restarts, oomRaisesMerged, merged, heap);
    }

    public ContainerSizingFacts withScope(ContainerScope newScope, boolean declaredInSource) {
        return new ContainerSizingFacts(name, newScope, declaredInSource, cpu, memory, recommendation, minAllowed, maxAllowed, history,
                oomKills, restarts, oomRaisesMerged, lastChangeMerged, heap);
    }
}
