package io.kubesteward.pipeline;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.Problem;
import java.util.List;

/** What the extractors found in the repository's files: versions, problems, and the containers' resources (for rightsizing). */
public record Extracted(List<Declaration> declarations, List<Problem> problems, List<Declaration> resources) {
    public Extracted {
        declarations = List.copyOf(declarations);
        problems = List.copyOf(problems);
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** Versions and problems only. */
    public Extracted(List<Declaration> declarations, List<Problem> problems) {
        this(declarations, problems, List.of());
    }
}
