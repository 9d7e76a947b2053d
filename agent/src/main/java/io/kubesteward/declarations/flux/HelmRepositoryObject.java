package io.kubesteward.declarations.flux;

/** A Flux {@code HelmRepository}; {@code url} and {@code type} are null when absent. */
record HelmRepositoryObject(ObjectMeta meta, String url, String type) implements FluxSource {

    @Override
    public String target() {
        return type + " " + url;
    }
}
