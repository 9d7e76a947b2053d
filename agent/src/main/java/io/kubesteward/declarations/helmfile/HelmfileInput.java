package io.kubesteward.declarations.helmfile;

/**
 * A YAML file of the repository as the helmfile extractor keeps it: a helmfile is read at once
 * ({@code state} set); any other file is kept as text, read only if a helmfile uses it (as a base
 * or a values file).
 */
record HelmfileInput(String path, String content, HelmfileState state) {
}
