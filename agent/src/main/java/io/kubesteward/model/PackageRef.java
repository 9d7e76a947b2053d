package io.kubesteward.model;

/**
 * A package as a source knows it.
 * <ul>
 *   <li>Helm HTTP: {@code repository} is the base URL without a trailing slash, {@code name} the chart;
 *       a Chart.yaml {@code @alias} stays {@code @alias} until configuration resolves it.</li>
 *   <li>OCI chart: {@code repository} is {@code oci://host/path}, {@code name} the chart.</li>
 *   <li>Docker image: {@code repository} is the registry host as written or implied ({@code docker.io},
 *       {@code ghcr.io}, {@code registry.example.com:5000}), {@code name} the image path
 *       ({@code library/nginx}, {@code onedr0p/plex}).</li>
 *   <li>Maven: {@code repository} is the repository base URL, {@code name} is {@code groupId:artifactId}.</li>
 * </ul>
 */
public record PackageRef(SourceKind kind, String repository, String name) {
    public PackageRef {
        if (kind == null || repository == null || name == null) {
            throw new IllegalArgumentException("kind, repository and name are required");
        }
    }

    @Override
    public String toString() {
        return kind.equals(SourceKind.MAVEN_ARTIFACT) ? name + " in " + repository : repository + "/" + name;
    }
}
