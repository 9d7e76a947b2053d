package io.kubesteward.rightsizing;

import java.time.Instant;

/**
 * The workload's VerticalPodAutoscaler as far as the gates need it: its name, when it was created
 * (null if unknown), {@code spec.updatePolicy.updateMode} (null means the API default, Auto), and
 * the status conditions {@code RecommendationProvided}, {@code NoPodsMatched}, {@code ConfigUnsupported}.
 */
public record VpaStatus(
        String name,
        Instant createdAt,
        String updateMode,
        boolean recommendationProvided,
        boolean noPodsMatched,
        boolean configUnsupported) {

    public VpaStatus {
        if (name == null) {
            throw new IllegalArgumentException("a VPA needs a name");
        }
    }

    /** Off and Initial leave running pods alone, so the values in Git are the ones that run. */
    public boolean leavesLiveValuesToGit() {
        return "Off".equals(updateMode) || "Initial".equals(updateMode);
    }

    public String updateModeOrDefault() {
        return updateMode == null ? "Auto" : updateMode;
    }
}
