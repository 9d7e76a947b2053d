package io.kubesteward.declarations.flux;

/**
 * Where a Kubernetes object sits: its file, its name and its {@code metadata.namespace} as written
 * (null when absent; the namespace may still be inferred from a kustomization). {@code offset} is
 * the char offset of the object in the file.
 */
record ObjectMeta(String file, int offset, String name, String namespace) {
}
