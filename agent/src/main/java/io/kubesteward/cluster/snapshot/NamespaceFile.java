package io.kubesteward.cluster.snapshot;

import io.kubesteward.model.ArgoApplication;
import io.kubesteward.model.FluxHelmRelease;
import io.kubesteward.model.HelmReleaseSummary;
import io.kubesteward.model.Hpa;
import io.kubesteward.model.LimitRange;
import io.kubesteward.model.ResourceQuota;
import io.kubesteward.model.Vpa;
import io.kubesteward.model.VpaCheckpoint;
import io.kubesteward.model.Workload;
import java.util.List;

/** {@code namespaces/NAME.yaml}: everything Steward read in one namespace. */
record NamespaceFile(
        String apiVersion,
        String kind,
        String namespace,
        List<Workload> workloads,
        List<Hpa> hpas,
        List<Vpa> vpas,
        List<VpaCheckpoint> vpaCheckpoints,
        List<LimitRange> limitRanges,
        List<ResourceQuota> resourceQuotas,
        List<FluxHelmRelease> fluxHelmReleases,
        List<ArgoApplication> argoApplications,
        List<HelmReleaseSummary> helmReleases) {

    static final String KIND = "NamespaceSnapshot";

    NamespaceFile {
        workloads = orEmpty(workloads);
        hpas = orEmpty(hpas);
        vpas = orEmpty(vpas);
        vpaCheckpoints = orEmpty(vpaCheckpoints);
        limitRanges = orEmpty(limitRanges);
        resourceQuotas = orEmpty(resourceQuotas);
        fluxHelmReleases = orEmpty(fluxHelmReleases);
        argoApplications = orEmpty(argoApplications);
        helmReleases = orEmpty(helmReleases);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
