package io.kubesteward.sources.maven;

/** One artifact in one repository, as this run asks for it; {@code repository} as shown to people. */
record ArtifactKey(String repository, String name) {
    /** The name in the report's fetch statistics, like a Maven PackageRef reads. */
    String statName() {
        return name + " in " + repository;
    }
}
