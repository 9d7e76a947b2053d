package io.kubesteward.pipeline;

import io.kubesteward.planning.rightsizing.RightsizingInputs;
import java.time.Instant;

/**
 * What rightsizing needs from the composition root: the policy from the rules files, the port to the
 * editor, the time to judge by when the cluster does not say when it was read, and the port that traces Helm-rendered
 * workloads to their values keys (null: they are reported, not edited), and the rightsizing changes the repository's
 * history holds (the cooldown and earlier OOM raises are read from it).
 */
public record RightsizingRequest(RightsizingInputs inputs, RightsizingEdits edits, Instant now, ValuesTracing tracing,
                                 java.util.List<io.kubesteward.model.MergedRightsizing> history, String historyProblem) {
    public RightsizingRequest {
        if (inputs == null || edits == null || now == null) {
            throw new IllegalArgumentException("rightsizing needs its policy, an editor and a time");
        }
        history = history == null ? java.util.List.of() : java.util.List.copyOf(history);
    }

    /** Without tracing Helm-rendered workloads to their values keys (they are reported), and without history. */
    public RightsizingRequest(RightsizingInputs inputs, RightsizingEdits edits, Instant now) {
        this(inputs, edits, now, null, null, null);
    }

    public RightsizingRequest withTracing(ValuesTracing valuesTracing) {
        return new RightsizingRequest(inputs, edits, now, valuesTracing, history, historyProblem);
    }

    /** With the rightsizing changes the repository's history holds, or why it could not be read ({@code problem}, else null). */
    public RightsizingRequest withHistory(java.util.List<io.kubesteward.model.MergedRightsizing> merged, String problem) {
        return new RightsizingRequest(inputs, edits, now, tracing, merged, problem);
    }
}
