package io.kubesteward.forge.gitea;

/** What Gitea tokens need, in Gitea's words (token scopes since Gitea 1.19). */
final class Permissions {
    static final String READ = "the read:repository scope";
    static final String WRITE_PULLS = "the write:repository scope and write access to the repository";
    static final String WRITE_ISSUES = "the write:issue scope and write access to the repository";

    private Permissions() {
    }
}
