package io.kubesteward.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The cluster as Steward sees it, read live or from a snapshot (the two are indistinguishable
 * downstream). Every list is held in a canonical order (namespace, then name) so two reads of the
 * same cluster are equal. {@code unreadable} lists what could not be read and why; the absence of
 * VPAs, say, means "none" only when no entry for them is there. {@code helmReleases} is empty unless
 * the user opted in to reading Helm release Secrets.
 */
public record ClusterInventory(
        ClusterOrigin origin,
        ServerVersion serverVersion,
        List<ClusterNode> nodes,
        List<Workload> workloads,
        List<Hpa> hpas,
        List<Vpa> vpas,
        List<VpaCheckpoint> vpaCheckpoints,
        List<LimitRange> limitRanges,
        List<ResourceQuota> resourceQuotas,
        List<FluxHelmRelease> fluxHelmReleases,
        List<ArgoApplication> argoApplications,
        List<HelmReleaseSummary> helmReleases,
        List<UnreadableResource> unreadable) {

    public ClusterInventory {
        nodes = ClusterCopies.sorted(nodes, Comparator.comparing(ClusterNode::name));
        workloads = ClusterCopies.sorted(workloads, Comparator.comparing(Workload::ref));
        hpas = ClusterCopies.sorted(hpas, byName(Hpa::namespace, Hpa::name));
        vpas = ClusterCopies.sorted(vpas, byName(Vpa::namespace, Vpa::name));
        vpaCheckpoints = ClusterCopies.sorted(vpaCheckpoints, byName(VpaCheckpoint::namespace, VpaCheckpoint::name));
        limitRanges = ClusterCopies.sorted(limitRanges, byName(LimitRange::namespace, LimitRange::name));
        resourceQuotas = ClusterCopies.sorted(resourceQuotas, byName(ResourceQuota::namespace, ResourceQuota::name));
        fluxHelmReleases = ClusterCopies.sorted(fluxHelmReleases, byName(FluxHelmRelease::namespace, FluxHelmRelease::name));
        argoApplications = ClusterCopies.sorted(argoApplications, byName(ArgoApplication::namespace, ArgoApplication::name));
        helmReleases = ClusterCopies.sorted(helmReleases, byName(HelmReleaseSummary::namespace, HelmReleaseSummary::name));
        unreadable = ClusterCopies.sorted(unreadable, Comparator.comparing(UnreadableResource::kind)
                .thenComparing(UnreadableResource::namespace, ClusterCopies.nullsFirst()));
    }

    private static <T> Comparator<T> byName(Function<T, String> namespace, Function<T, String> name) {
        return Comparator.comparing(namespace).thenComparing(name);
    }

    public Optional<Workload> workload(WorkloadRef ref) {
        return workloads.stream().filter(w -> w.ref().equals(ref)).findFirst();
    }

    public List<Hpa> hpasFor(WorkloadRef ref) {
        return hpas.stream().filter(h -> h.namespace().equals(ref.namespace()) && h.target() != null && h.target().targets(ref)).toList();
    }

    public List<Vpa> vpasFor(WorkloadRef ref) {
        return vpas.stream().filter(v -> v.namespace().equals(ref.namespace()) && v.target() != null && v.target().targets(ref)).toList();
    }

    public Optional<VpaCheckpoint> checkpoint(Vpa vpa, String container) {
        return vpaCheckpoints.stream()
                .filter(c -> c.namespace().equals(vpa.namespace()) && vpa.name().equals(c.vpaName()) && container.equals(c.containerName()))
                .findFirst();
    }

    public List<LimitRange> limitRangesIn(String namespace) {
        return limitRanges.stream().filter(l -> l.namespace().equals(namespace)).toList();
    }

    public List<ResourceQuota> resourceQuotasIn(String namespace) {
        return resourceQuotas.stream().filter(q -> q.namespace().equals(namespace)).toList();
    }

    /** Every namespace any namespaced record lives in, sorted. */
    public SortedSet<String> namespaces() {
        SortedSet<String> all = new TreeSet<>();
        workloads.forEach(w -> all.add(w.ref().namespace()));
        hpas.forEach(h -> all.add(h.namespace()));
        vpas.forEach(v -> all.add(v.namespace()));
        vpaCheckpoints.forEach(c -> all.add(c.namespace()));
        limitRanges.forEach(l -> all.add(l.namespace()));
        resourceQuotas.forEach(q -> all.add(q.namespace()));
        fluxHelmReleases.forEach(r -> all.add(r.namespace()));
        argoApplications.forEach(a -> all.add(a.namespace()));
        helmReleases.forEach(r -> all.add(r.namespace()));
        return all;
    }
}
