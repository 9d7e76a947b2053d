package io.kubesteward.model;

import java.util.List;

/**
 * A mapping of Helm values in the repository that Steward may write keys into: the mapping node that starts at char
 * {@code offset} of {@code file} (a HelmRelease's {@code spec.values}, an Argo CD {@code valuesObject}, a values
 * file's root), and, when the block is not written yet, the keys to add under that node to make it
 * ({@code create}: {@code [values]} under a HelmRelease's {@code spec}). {@code shown} names it for people
 * ({@code spec.values of clusters/prod/apps/web.yaml}).
 */
public record ValuesBlock(String file, int offset, List<String> create, String shown) {
    public ValuesBlock {
        create = List.copyOf(create);
    }

    public boolean exists() {
        return create.isEmpty();
    }
}
