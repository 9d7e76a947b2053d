package io.kubesteward.model;

/** The kinds of places a version can be declared; {@code id} appears in reports and rules ({@code matchKinds}). */
public enum DeclarationKind {
    CHART_DEPENDENCY("helm-chart-dependency"),
    FLUX_HELM_RELEASE("flux-helmrelease"),
    /** A Flux OCIRepository of an OCI artifact (manifests), pinned by spec.ref.tag. */
    FLUX_OCI_REPOSITORY("flux-ocirepository"),
    /** A Flux GitRepository pinned by spec.ref.tag. */
    FLUX_GIT_REPOSITORY("flux-gitrepository"),
    ARGOCD_APPLICATION("argocd-application"),
    HELMFILE_RELEASE("helmfile-release"),
    KUSTOMIZE_HELM_CHART("kustomize-helm-chart"),
    KUSTOMIZE_IMAGE("kustomize-image"),
    CONTAINER_IMAGE("container-image"),
    HELM_VALUES_IMAGE("helm-values-image"),
    ANNOTATED_VALUE("annotated-value"),
    MAVEN_ARTIFACT("maven-artifact"),
    /** A container's resources.requests/limits cpu or memory: sized by rightsizing, never looked up as a version. */
    CONTAINER_RESOURCES("container-resources");

    private final String id;

    DeclarationKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether the declaration installs a Helm chart (a chart version, as opposed to an image or another value). */
    public boolean chart() {
        return this == CHART_DEPENDENCY || this == FLUX_HELM_RELEASE || this == ARGOCD_APPLICATION || this == HELMFILE_RELEASE
                || this == KUSTOMIZE_HELM_CHART;
    }
}
