package io.kubesteward.planning;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.Release;
import io.kubesteward.model.UpdateType;
import io.kubesteward.policy.EffectivePolicy;
import io.kubesteward.versioning.VersionScheme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the versions one declaration moves to: the newest release policy allows, with majors
 * apart when policy says so. Pure.
 */
final class VersionChooser {
    private final VersionScheme scheme;
    private final Instant now;
    private final KubernetesTarget kubernetes;

    VersionChooser(VersionScheme scheme, Instant now, KubernetesTarget kubernetes) {
        this.scheme = scheme;
        this.now = now;
        this.kubernetes = kubernetes;
    }

    Outcome choose(Declaration d, List<Release> releases, EffectivePolicy policy) {
        if (d.currentValue() == null) {
            return DigestRefresh.digestOnly(d, releases, policy);
        }
        Outcome outcome = chooseVersion(d, releases, policy);
        outcome = d.currentDigest() == null ? outcome : DigestRefresh.withDigests(outcome, releases, policy);
        return outcome.withLag(ReleaseLag.of(d.currentValue(), releases, scheme).orElse(null));
    }

    private Outcome chooseVersion(Declaration d, List<Release> releases, EffectivePolicy policy) {
        String current = d.currentValue().trim();
        RangeValue range = null;
        String base = current;
        if (!scheme.isValid(current)) {
            range = scheme.isConstraint(current) ? RangeValue.parse(current) : null;
            if (range == null) {
                String why = scheme.isConstraint(current)
                        ? "'" + current + "' is a range Steward does not rewrite; use ^, ~, >= or a wildcard such as 1.2.x"
                        : "'" + current + "' is not a version " + scheme.id() + " can compare";
                return new Outcome(d, Status.SKIPPED, List.of(), null, why, policy.appliedRules());
            }
            base = range.base();
        }
        Comparator<String> order = scheme.comparator();
        boolean preReleases = range == null && !scheme.isStable(current);
        String from = base;
        List<Release> newer = releases.stream()
                .filter(r -> scheme.isValid(r.version()) && !r.deprecated())
                .filter(r -> scheme.isCompatible(r.version(), from))
                .filter(r -> preReleases || scheme.isStable(r.version()))
                .filter(r -> order.compare(r.version(), from) > 0)
                .sorted(Comparator.comparing(Release::version, order).reversed())
                .toList();
        if (newer.isEmpty()) {
            return new Outcome(d, Status.NO_UPDATE, List.of(), null, null, policy.appliedRules());
        }
        Release newest = newer.get(0);
        if (range != null && scheme.satisfies(newest.version(), current)) {
            return new Outcome(d, Status.NO_UPDATE, List.of(), newest.version(),
                    "range '" + current + "' already admits " + newest.version(), policy.appliedRules());
        }
        if (!policy.enabled()) {
            return new Outcome(d, Status.SKIPPED, List.of(), newest.version(), "updates disabled by a rule", policy.appliedRules());
        }
        List<Update> updates = pick(d, newer, policy, from, range);
        String heldReason = updates.stream().anyMatch(u -> u.release().equals(newest))
                ? null
                : Rejection.of(newest, scheme.updateType(from, newest.version()), policy, scheme, now, kubernetes);
        Status status = updates.isEmpty() ? Status.HELD_BACK : Status.UPDATE;
        return new Outcome(d, status, updates, newest.version(), heldReason, policy.appliedRules());
    }

    private List<Update> pick(Declaration d, List<Release> newestFirst, EffectivePolicy policy, String from, RangeValue range) {
        Optional<Update> minor = Optional.empty();
        Optional<Update> major = Optional.empty();
        for (Release r : newestFirst) {
            if (range != null && scheme.satisfies(r.version(), d.currentValue().trim())) {
                continue;
            }
            UpdateType type = scheme.updateType(from, r.version());
            if (Rejection.of(r, type, policy, scheme, now, kubernetes) != null) {
                continue;
            }
            String value = range == null ? r.version() : range.movedTo(r.version());
            Comparator<String> order = scheme.comparator();
            List<Release> passed = newestFirst.stream().filter(x -> order.compare(x.version(), r.version()) < 0).toList();
            Update update = new Update(d, value, type, r, null, passed);
            if (type == UpdateType.MAJOR && policy.separateMajor()) {
                major = major.or(() -> Optional.of(update));
            } else {
                minor = minor.or(() -> Optional.of(update));
            }
        }
        List<Update> out = new ArrayList<>(2);
        minor.ifPresent(out::add);
        major.ifPresent(out::add);
        return out;
    }
}
