package io.kubesteward.model;

/** Where the versions of a package come from. */
public enum SourceKind {
    /** A Helm chart repository served over HTTP(S) with an {@code index.yaml}. */
    HELM_REPOSITORY,
    /** An OCI registry holding Helm charts as artifacts. */
    OCI_CHART
}
