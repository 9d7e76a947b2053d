package io.kubesteward.model;

import java.util.Objects;

/**
 * Where the versions of a package come from. {@code id} is the datasource name in annotations,
 * rules and reports; {@code noun} is what a pull request calls the package ({@code chart},
 * {@code image}: also its branch segment); {@code versioning} is the id of the version scheme its
 * versions follow unless a declaration says otherwise. The source registry serves each kind by one
 * source; a kind without one is a failed lookup naming it.
 */
public record SourceKind(String id, String noun, String versioning) {
    /** A Helm chart repository served over HTTP(S) with an {@code index.yaml}. */
    public static final SourceKind HELM_REPOSITORY = new SourceKind("helm", "chart", "helm");
    /** An OCI registry holding Helm charts as artifacts. */
    public static final SourceKind OCI_CHART = new SourceKind("oci-chart", "chart", "helm");
    /** An OCI (Docker) registry holding container images. */
    public static final SourceKind DOCKER_IMAGE = new SourceKind("docker", "image", "docker");
    /** A Maven repository ({@code maven-metadata.xml}). */
    public static final SourceKind MAVEN_ARTIFACT = new SourceKind("maven", "maven", "maven");
    /** The tags of a git repository (a Flux GitRepository's {@code spec.ref.tag}), compared as Helm compares versions. */
    public static final SourceKind GIT_TAGS = new SourceKind("git-tags", "git", "helm");

    public SourceKind {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(versioning, "versioning");
    }

    /** The kind of the constants above whose id is {@code id}; throws {@link IllegalArgumentException} naming the ids. */
    public static SourceKind known(String id) {
        java.util.List<SourceKind> known = java.util.List.of(HELM_REPOSITORY, OCI_CHART, DOCKER_IMAGE, MAVEN_ARTIFACT, GIT_TAGS);
        return known.stream().filter(kind -> kind.id.equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown source kind '" + id + "'; known: " + String.join(", ", known.stream().map(SourceKind::id).toList())));
    }

    /** Whether packages of this kind are Helm charts. */
    public boolean chart() {
        return equals(HELM_REPOSITORY) || equals(OCI_CHART);
    }

    @Override
    public String toString() {
        return id;
    }
}
