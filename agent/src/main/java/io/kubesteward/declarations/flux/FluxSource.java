package io.kubesteward.declarations.flux;

/** A Flux source object that HelmReleases refer to by name and namespace. */
interface FluxSource {
    ObjectMeta meta();

    /** What the source points at; two sources with equal targets are interchangeable. */
    String target();
}
