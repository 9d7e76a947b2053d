package io.kubesteward.forge.github;

import io.kubesteward.forge.RepositoryPath;

/** {@code owner/name} and the routes under it. */
record GitHubRepository(String owner, String name) {
    static GitHubRepository of(String fullName) {
        int slash = fullName.indexOf('/');
        return new GitHubRepository(fullName.substring(0, slash), fullName.substring(slash + 1));
    }

    /** {@code /repos/owner/name} followed by {@code rest}. */
    String route(String rest) {
        return "/repos/" + RepositoryPath.segment(owner) + "/" + RepositoryPath.segment(name) + rest;
    }
}
