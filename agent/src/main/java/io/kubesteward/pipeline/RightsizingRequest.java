package io.kubesteward.pipeline;

import io.kubesteward.planning.rightsizing.RightsizingInputs;
import java.time.Instant;

/**
 * What rightsizing needs from the composition root: the policy from the rules files, the port to the
 * editor, the time to judge by when the cluster does not say when it was read, and the port that traces Helm-rendered
 * workloads to their values keys (null: they are reported, not edited).
 */
public record RightsizingRequest(RightsizingInputs inputs, RightsizingEdits edits, Instant now, ValuesTracing tracing) {
    public RightsizingRequest {
        if (inputs == null || edits == null || now == null) {
            throw new IllegalArgumentException("rightsizing needs its policy, an editor and a time");
        }
    }

    /** Without tracing Helm-rendered workloads to their values keys (they are reported). */
    public RightsizingRequest(RightsizingInputs inputs, RightsizingEdits edits, Instant now) {
        this(inputs, edits, now, null);
    }

    public RightsizingRequest withTracing(ValuesTracing valuesTracing) {
        return new RightsizingRequest(inputs, edits, now, valuesTracing);
    }
}
