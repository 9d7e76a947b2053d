package io.kubesteward.forge.gitea;

/** A repository label; Gitea adds labels to issues by id, not by name. */
record GiteaLabel(long id, String name) {
}
