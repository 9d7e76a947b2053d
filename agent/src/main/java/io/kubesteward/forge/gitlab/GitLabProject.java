package io.kubesteward.forge.gitlab;

import io.kubesteward.forge.RepositoryPath;

/** A project by its full path; routes name it URL-encoded as one segment, {@code group%2Fproject}. */
record GitLabProject(String path) {
    String route(String rest) {
        return "/projects/" + RepositoryPath.gitLabProjectId(path) + rest;
    }
}
