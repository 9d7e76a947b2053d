package io.kubesteward.render;

import java.util.Map;

/**
 * What one {@code helm template} needs: the release's name and namespace (they appear in names and labels), the
 * Kubernetes version Helm checks {@code kubeVersion} and {@code .Capabilities} against (always given: Helm's own
 * default is 1.20), and the values the repository sets, as a tree Helm merges over the chart's defaults.
 */
public record RenderRequest(String releaseName, String namespace, String kubeVersion, Map<String, Object> values) {
    public RenderRequest {
        if (releaseName == null || releaseName.isBlank() || kubeVersion == null || kubeVersion.isBlank()) {
            throw new IllegalArgumentException("a render needs a release name and a Kubernetes version");
        }
        namespace = namespace == null || namespace.isBlank() ? "default" : namespace;
        values = values == null ? Map.of() : values;
    }
}
