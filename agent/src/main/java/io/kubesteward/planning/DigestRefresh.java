package io.kubesteward.planning;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.Release;
import io.kubesteward.model.UpdateType;
import io.kubesteward.policy.EffectivePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps pinned digests true: a version update carries the new version's digest, and a tag whose
 * image was rebuilt gets a digest-only update. A digest with no tag follows {@code latest}.
 */
final class DigestRefresh {
    private static final String DEFAULT_TAG = "latest";

    private DigestRefresh() {
    }

    static Outcome withDigests(Outcome outcome, List<Release> releases, EffectivePolicy policy) {
        Declaration d = outcome.declaration();
        List<Update> updates = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Update u : outcome.updates()) {
            if (u.release().digest() == null) {
                missing.add(u.newValue());
            } else {
                updates.add(new Update(d, u.newValue(), u.type(), u.release(), u.release().digest(), u.passed()));
            }
        }
        if (!missing.isEmpty()) {
            String why = "the registry gave no digest for " + String.join(", ", missing) + ", and this reference pins one";
            Status status = updates.isEmpty() ? Status.HELD_BACK : outcome.status();
            return new Outcome(d, status, updates, outcome.newestOverall(), why, outcome.appliedRules());
        }
        if (updates.isEmpty() && (outcome.status() == Status.NO_UPDATE || outcome.status() == Status.HELD_BACK)) {
            Optional<Update> refreshed = refresh(d, d.currentValue().trim(), releases, policy);
            if (refreshed.isPresent()) {
                return new Outcome(d, Status.UPDATE, List.of(refreshed.get()), outcome.newestOverall(), outcome.reason(),
                        outcome.appliedRules());
            }
        }
        return new Outcome(d, outcome.status(), updates, outcome.newestOverall(), outcome.reason(), outcome.appliedRules());
    }

    static Outcome digestOnly(Declaration d, List<Release> releases, EffectivePolicy policy) {
        if (d.currentDigest() == null) {
            return new Outcome(d, Status.SKIPPED, List.of(), null, "no version or digest to compare", policy.appliedRules());
        }
        Optional<Update> refreshed = refresh(d, DEFAULT_TAG, releases, policy);
        if (refreshed.isPresent()) {
            Update u = refreshed.get();
            Update digestOnly = new Update(d, null, UpdateType.DIGEST, u.release(), u.newDigest());
            return new Outcome(d, Status.UPDATE, List.of(digestOnly), null, null, policy.appliedRules());
        }
        boolean hasDefault = releases.stream().anyMatch(r -> r.version().equals(DEFAULT_TAG));
        return new Outcome(d, hasDefault ? Status.NO_UPDATE : Status.SKIPPED, List.of(), null,
                hasDefault ? null : "the reference pins only a digest and the repository has no 'latest' tag to follow",
                policy.appliedRules());
    }

    private static Optional<Update> refresh(Declaration d, String tag, List<Release> releases, EffectivePolicy policy) {
        if (!policy.enabled() || !policy.updateTypes().contains(UpdateType.DIGEST)) {
            return Optional.empty();
        }
        return releases.stream()
                .filter(r -> r.version().equals(tag) && r.digest() != null && !r.digest().equals(d.currentDigest()))
                .findFirst()
                .map(r -> new Update(d, tag, UpdateType.DIGEST, r, r.digest()));
    }
}
