package io.kubesteward.model;

import java.util.List;
import java.util.Optional;

/**
 * A Flux HelmRelease as the cluster reports it: what its spec asks for (chart, version range,
 * source "Kind/namespace/name") and what is installed (status.history's newest chart and app
 * version, else status.lastAppliedRevision), with its conditions, and the Flux Kustomization that applies it
 * (its {@code kustomize.toolkit.fluxcd.io/name} label; null when none does).
 */
public record FluxHelmRelease(
        String namespace,
        String name,
        String apiVersion,
        String chart,
        String declaredVersion,
        String sourceRef,
        String releaseName,
        String targetNamespace,
        String installedChartVersion,
        String installedAppVersion,
        String lastAppliedRevision,
        String lastAttemptedRevision,
        List<StatusCondition> conditions,
        String kustomization) {

    /** Without the Flux Kustomization that applies it. */
    public FluxHelmRelease(String namespace, String name, String apiVersion, String chart, String declaredVersion, String sourceRef,
                           String releaseName, String targetNamespace, String installedChartVersion, String installedAppVersion,
                           String lastAppliedRevision, String lastAttemptedRevision, List<StatusCondition> conditions) {
        this(namespace, name, apiVersion, chart, declaredVersion, sourceRef, releaseName, targetNamespace, installedChartVersion,
                installedAppVersion, lastAppliedRevision, lastAttemptedRevision, conditions, null);
    }

    public FluxHelmRelease {
        ClusterCopies.required(namespace, "HelmRelease namespace");
        ClusterCopies.required(name, "HelmRelease name");
        conditions = ClusterCopies.list(conditions);
    }

    /** The chart version running now, by the best evidence the status holds. */
    public Optional<String> runningChartVersion() {
        return Optional.ofNullable(installedChartVersion != null ? installedChartVersion : lastAppliedRevision);
    }

    public Optional<StatusCondition> condition(String type) {
        return conditions.stream().filter(c -> c.type().equals(type)).findFirst();
    }
}
