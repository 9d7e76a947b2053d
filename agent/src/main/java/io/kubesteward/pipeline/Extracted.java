package io.kubesteward.pipeline;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.Problem;
import java.util.List;

/** What the extractors found in the repository's files. */
public record Extracted(List<Declaration> declarations, List<Problem> problems) {
    public Extracted {
        declarations = List.copyOf(declarations);
        problems = List.copyOf(problems);
    }
}
