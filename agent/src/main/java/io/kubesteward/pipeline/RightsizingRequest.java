package io.kubesteward.pipeline;

import io.kubesteward.planning.rightsizing.RightsizingInputs;
import java.time.Instant;

/**
 * What rightsizing needs from the composition root: the policy from the rules files, the port to the
 * editor, and the time to judge by when the cluster does not say when it was read.
 */
public record RightsizingRequest(RightsizingInputs inputs, RightsizingEdits edits, Instant now) {
    public RightsizingRequest {
        if (inputs == null || edits == null || now == null) {
            throw new IllegalArgumentException("rightsizing needs its policy, an editor and a time");
        }
    }
}
