package io.kubesteward.model;

/** A release object as GitOps tools order them: {@code HelmRelease monitoring/kube-prometheus-stack}. */
public record ReleaseRef(String kind, String namespace, String name) {
    /** As a reviewer reads it. */
    public String shown() {
        return kind + " " + (namespace == null || namespace.isEmpty() ? "" : namespace + "/") + name;
    }
}
