package io.kubesteward.model;

/** One source of an Argo CD Application: a Helm chart ({@code chart} set) or a Git path, at a target revision. */
public record ArgoSource(String repoUrl, String chart, String path, String targetRevision) {
}
