package io.kubesteward.model;

import java.util.List;

/**
 * A mapping of Helm values in the repository that Steward may write keys into: the mapping node that starts at char
 * {@code offset} of {@code file} (a HelmRelease's {@code spec.values}, an Argo CD {@code valuesObject}, a values
 * file's root), and the keys below that node the release's values sit under ({@code create}: {@code [values]} under a
 * HelmRelease's {@code spec} that has none yet, an umbrella chart's dependency key), made where they are not written.
 * {@code shown} names it for people ({@code spec.values of clusters/prod/apps/web.yaml}).
 */
public record ValuesBlock(String file, int offset, List<String> create, String shown) {
    public ValuesBlock {
        create = List.copyOf(create);
    }

    /** The block is the node itself: nothing below it to find or make. */
    public boolean exists() {
        return create.isEmpty();
    }
}
