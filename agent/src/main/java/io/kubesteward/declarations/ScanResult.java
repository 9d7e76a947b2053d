package io.kubesteward.declarations;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.Problem;
import java.util.List;

/** Every declaration found in a repository, by file path then position, and every file problem met. */
public record ScanResult(List<Declaration> declarations, List<Problem> problems) {
    public ScanResult {
        declarations = List.copyOf(declarations);
        problems = List.copyOf(problems);
    }
}
