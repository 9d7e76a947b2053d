package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.yaml.YamlScalar;

/** A Flux {@code GitRepository}: {@code spec.url} and the {@code spec.ref} fields, each null when absent. */
record GitRepositoryObject(ObjectMeta meta, String url, YamlScalar tag, YamlScalar semver, String commit, String name) {

    /** Whether the ref pins something versioned; a branch, or no ref at all, follows a moving head. */
    boolean pinned() {
        return tag != null || semver != null || commit != null || name != null;
    }
}
