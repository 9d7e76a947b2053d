package io.kubesteward.declarations;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.Problem;
import java.util.List;

/**
 * Every declaration found in a repository, by file path then position, and every file problem met.
 * {@code resources} holds the containers' resources ({@code CONTAINER_RESOURCES}), which rightsizing
 * sizes; {@code declarations} holds only versions.
 */
public record ScanResult(List<Declaration> declarations, List<Problem> problems, List<Declaration> resources) {
    public ScanResult {
        declarations = List.copyOf(declarations);
        problems = List.copyOf(problems);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** A scan of versions only. */
    public ScanResult(List<Declaration> declarations, List<Problem> problems) {
        this(declarations, problems, List.of());
    }

    /** Versions and resources in one list, by file then position, for checks that hold for both. */
    public ScanResult withResourcesAsDeclarations() {
        List<Declaration> all = new java.util.ArrayList<>(declarations);
        all.addAll(resources);
        return new ScanResult(all, problems, List.of());
    }
}
