package io.kubesteward.planning.rightsizing;

/** Where a workload's resources are written, and so what Steward can do about them. */
public enum Placement {
    /** In the repository, in a manifest or the kustomize layer that sets them for this cluster: edited in place. */
    REPOSITORY("repository"),
    /** Rendered from a Helm chart: the recommendation is reported with the release (editing values is a later step). */
    HELM_RELEASE("helm-release"),
    /** Nowhere in the repository: the recommendation is reported. */
    NOT_IN_REPOSITORY("not-in-repository"),
    /** Declared in several places, none of which Steward can tell is the one that runs: reported. */
    AMBIGUOUS("ambiguous");

    private final String id;

    Placement(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
