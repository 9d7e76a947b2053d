package io.kubesteward.model;

/**
 * A package as a source knows it: a chart {@code name} in a {@code repository}. For Helm HTTP
 * repositories the repository is the base URL without a trailing slash; for OCI it is
 * {@code oci://host/path}; a Chart.yaml {@code @alias} stays {@code @alias} until configuration
 * resolves it.
 */
public record PackageRef(SourceKind kind, String repository, String name) {
    public PackageRef {
        if (kind == null || repository == null || name == null) {
            throw new IllegalArgumentException("kind, repository and name are required");
        }
    }

    @Override
    public String toString() {
        return repository + "/" + name;
    }
}
