package io.kubesteward.declarations.resources;

import io.kubesteward.declarations.yaml.YamlScalar;

/** One of a container's {@code resources} values as written: {@code field} is e.g. {@code requests.cpu}. */
record ResourceValue(String field, YamlScalar scalar) {
}
