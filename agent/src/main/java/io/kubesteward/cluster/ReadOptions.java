package io.kubesteward.cluster;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What to read. An empty {@code includeNamespaces} means every namespace; {@code excludeNamespaces}
 * wins over it. Helm release Secrets hold the release's values, which can hold secrets, so they are
 * read only when {@code helmReleaseSecrets} is set (and even then only their chart metadata is kept).
 */
public record ReadOptions(List<String> includeNamespaces, List<String> excludeNamespaces, boolean helmReleaseSecrets) {
    public static final ReadOptions ALL = new ReadOptions(List.of(), List.of(), false);

    public ReadOptions {
        includeNamespaces = includeNamespaces == null ? List.of() : includeNamespaces.stream().distinct().sorted().toList();
        excludeNamespaces = excludeNamespaces == null ? List.of() : excludeNamespaces.stream().distinct().sorted().toList();
    }

    public ReadOptions withHelmReleaseSecrets(boolean read) {
        return new ReadOptions(includeNamespaces, excludeNamespaces, read);
    }

    /** Whether records of this namespace are wanted. */
    public boolean wants(String namespace) {
        return (includeNamespaces.isEmpty() || includeNamespaces.contains(namespace)) && !excludeNamespaces.contains(namespace);
    }

    /** The namespaces to list one by one, or empty to list across all namespaces (then filtered by {@link #wants}). */
    public Set<String> namespacesToList() {
        return includeNamespaces.stream().filter(this::wants).collect(Collectors.toCollection(TreeSet::new));
    }
}
