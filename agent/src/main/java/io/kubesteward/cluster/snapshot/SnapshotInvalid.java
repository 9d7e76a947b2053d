package io.kubesteward.cluster.snapshot;

import io.kubesteward.model.Problem;

/** A snapshot file that cannot be read: where (file:line:column) and what is wrong. */
public final class SnapshotInvalid extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public SnapshotInvalid(Problem problem) {
        super(problem.location() + ": " + problem.message());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
