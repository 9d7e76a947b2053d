package io.kubesteward.forge.gitea;

import io.kubesteward.forge.RepositoryPath;

/** {@code owner/name} and the routes under it. */
record GiteaRepository(String owner, String name) {
    static GiteaRepository of(String fullName) {
        int slash = fullName.indexOf('/');
        return new GiteaRepository(fullName.substring(0, slash), fullName.substring(slash + 1));
    }

    String route(String rest) {
        return "/repos/" + RepositoryPath.segment(owner) + "/" + RepositoryPath.segment(name) + rest;
    }
}
