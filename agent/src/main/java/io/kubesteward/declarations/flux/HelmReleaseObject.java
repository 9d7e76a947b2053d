package io.kubesteward.declarations.flux;

/** A Flux {@code HelmRelease}; exactly one of {@code chart} and {@code chartRef} is set. */
record HelmReleaseObject(ObjectMeta meta, ChartTemplate chart, ObjectRef chartRef) {
}
