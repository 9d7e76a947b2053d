package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.ContainerResourceRef;
import io.kubesteward.model.Declaration;

/** A container-resources declaration with its name read. */
public record DeclaredValue(ContainerResourceRef ref, Declaration declaration) {
    /** The build it belongs to: the top kustomization's folder, or null for a plain manifest. */
    public String root() {
        return ref.root();
    }
}
