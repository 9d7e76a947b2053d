package io.kubesteward.model;

/**
 * The metadata of a Helm release's newest revision, read from its {@code sh.helm.release.v1.*}
 * Secret when the user opts in. Values and manifests are never kept.
 */
public record HelmReleaseSummary(String namespace, String name, int revision, String chartName, String chartVersion,
        String appVersion, String status) {

    public HelmReleaseSummary {
        ClusterCopies.required(namespace, "Helm release namespace");
        ClusterCopies.required(name, "Helm release name");
    }
}
