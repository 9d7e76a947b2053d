package io.kubesteward.policy;

import io.kubesteward.model.UpdateType;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What the rules say for one declaration, after every matching rule has been applied in order.
 * {@code appliedRules} names them, so a report can say which rule allowed or held back an update.
 * {@code groupName} (null: none) is the pull request the update joins; {@code groupCompanions},
 * whether companion images share one.
 */
public record EffectivePolicy(
        boolean enabled,
        Set<UpdateType> updateTypes,
        List<String> ignoreVersions,
        List<String> allowedVersions,
        Duration minimumReleaseAge,
        boolean separateMajor,
        List<String> appliedRules,
        List<String> labels,
        List<String> reviewers,
        List<String> assignees,
        String groupName,
        boolean groupCompanions) {

    public EffectivePolicy {
        updateTypes = Set.copyOf(updateTypes);
        ignoreVersions = List.copyOf(ignoreVersions);
        allowedVersions = List.copyOf(allowedVersions);
        appliedRules = List.copyOf(appliedRules);
        labels = List.copyOf(labels);
        reviewers = List.copyOf(reviewers);
        assignees = List.copyOf(assignees);
    }

    /** Without grouping: each package its own pull request, companion images together. */
    public EffectivePolicy(boolean enabled, Set<UpdateType> updateTypes, List<String> ignoreVersions, List<String> allowedVersions,
                           Duration minimumReleaseAge, boolean separateMajor, List<String> appliedRules, List<String> labels,
                           List<String> reviewers, List<String> assignees) {
        this(enabled, updateTypes, ignoreVersions, allowedVersions, minimumReleaseAge, separateMajor, appliedRules, labels,
                reviewers, assignees, null, true);
    }

    /** A policy about versions only, with no labels, reviewers or assignees. */
    public EffectivePolicy(boolean enabled, Set<UpdateType> updateTypes, List<String> ignoreVersions, List<String> allowedVersions,
                           Duration minimumReleaseAge, boolean separateMajor, List<String> appliedRules) {
        this(enabled, updateTypes, ignoreVersions, allowedVersions, minimumReleaseAge, separateMajor, appliedRules,
                List.of(), List.of(), List.of());
    }

    /** Before any rule: everything allowed, majors apart. */
    public static EffectivePolicy permissive() {
        return new EffectivePolicy(true, Set.of(UpdateType.values()), List.of(), List.of(), Duration.ZERO, true, List.of());
    }
}
