package io.kubesteward.planning.rightsizing;

/**
 * A VerticalPodAutoscaler file to add for a workload that has none, in {@code updateMode: "Off"}
 * (it only recommends; nothing is applied to the cluster). {@code kustomization} is the folder whose
 * kustomization lists it in {@code resources:}, or null when the folder is applied as plain manifests.
 */
public record NewVpa(String file, String kustomization, String namespace, String name, String apiVersion, String kind,
                     String workload) {
}
