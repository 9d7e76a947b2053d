package io.kubesteward.declarations;

import io.kubesteward.model.Problem;
import java.util.List;

/** What an extractor read from one file, and what it could not. */
public record FileResult<F>(F facts, List<Problem> problems) {
    public FileResult {
        problems = List.copyOf(problems);
    }
}
