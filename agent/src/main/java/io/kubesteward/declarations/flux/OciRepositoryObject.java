package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.yaml.YamlScalar;

/** A Flux {@code OCIRepository}: {@code spec.url} and the {@code spec.ref} fields, each null when absent. */
record OciRepositoryObject(ObjectMeta meta, String url, YamlScalar tag, YamlScalar semver, String digest) implements FluxSource {

    @Override
    public String target() {
        return url;
    }
}
