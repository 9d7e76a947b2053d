package io.kubesteward.gitops;

/** A Steward branch as the remote held it at the last fetch. */
public record RemoteBranch(String name, String commitId) {
}
