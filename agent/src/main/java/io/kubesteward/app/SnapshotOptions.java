package io.kubesteward.app;

import java.nio.file.Path;
import java.util.List;

/** {@code steward snapshot}: where to write, which cluster (kubeconfig and context, null for the defaults), and what to read. */
public record SnapshotOptions(Path out, Path kubeconfig, String context, List<String> namespaces, List<String> excludeNamespaces,
                              boolean helmReleaseSecrets) {
    public SnapshotOptions {
        namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
        excludeNamespaces = excludeNamespaces == null ? List.of() : List.copyOf(excludeNamespaces);
    }
}
