package io.kubesteward.forge.gitlab;

/** What GitLab tokens need, in GitLab's words. */
final class Permissions {
    static final String READ = "the read_api scope and at least the Reporter role on the project";
    static final String WRITE = "the api scope and at least the Developer role on the project";

    private Permissions() {
    }
}
