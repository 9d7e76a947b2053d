package io.kubesteward.planning.rightsizing;

/** Where a workload's resources are written, and so what Steward can do about them. */
public enum Placement {
    /** In the repository, in a manifest or the kustomize layer that sets them for this cluster: edited in place. */
    REPOSITORY("repository"),
    /** Rendered from a Helm chart whose values keys for these resources were found and proven by rendering: the values are edited. */
    HELM_VALUES("helm-values"),
    /** Rendered from a Helm chart, with no values key proven to feed the resources: the recommendation is reported with why. */
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
