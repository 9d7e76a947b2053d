package io.kubesteward.model;

/**
 * The name and namespace a chart declaration's tool gives its Helm release, as far as the repository says: they
 * appear in the names and labels the chart renders. {@code namespace} is null when the tool takes it from elsewhere
 * (the Argo CD destination left empty, the Flux object's namespace from a kustomization).
 */
public record ReleaseIdentity(String name, String namespace) {
    public ReleaseIdentity {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a release has a name");
        }
    }
}
