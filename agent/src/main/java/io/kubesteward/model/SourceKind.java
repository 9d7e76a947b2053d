package io.kubesteward.model;

/** Where the versions of a package come from; {@code id} is the datasource name in annotations and reports. */
public enum SourceKind {
    /** A Helm chart repository served over HTTP(S) with an {@code index.yaml}. */
    HELM_REPOSITORY("helm"),
    /** An OCI registry holding Helm charts as artifacts. */
    OCI_CHART("oci-chart"),
    /** An OCI (Docker) registry holding container images. */
    DOCKER_IMAGE("docker"),
    /** A Maven repository ({@code maven-metadata.xml}). */
    MAVEN_ARTIFACT("maven");

    private final String id;

    SourceKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
