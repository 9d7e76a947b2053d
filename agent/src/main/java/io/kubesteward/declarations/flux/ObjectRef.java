package io.kubesteward.declarations.flux;

/** A reference to another object ({@code sourceRef}, {@code chartRef}); {@code namespace} is null when not written. */
record ObjectRef(String kind, String name, String namespace) {
}
