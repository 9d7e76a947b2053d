package io.kubesteward.planning;

import io.kubesteward.model.Release;
import io.kubesteward.versioning.VersionScheme;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How far a declaration is behind, whatever the rules allow: when its version and the newest stable
 * compatible release were published (null when the source gives no date), and how many such
 * releases are newer than it. Pure.
 */
public record ReleaseLag(Instant currentReleased, String newest, Instant newestReleased, int newerReleases) {
    /** Empty when {@code current} is not one version the scheme compares (a range, a tag it cannot read). */
    static Optional<ReleaseLag> of(String current, List<Release> releases, VersionScheme scheme) {
        if (current == null || !scheme.isValid(current.trim())) {
            return Optional.empty();
        }
        String from = current.trim();
        Comparator<String> order = scheme.comparator();
        boolean preReleases = !scheme.isStable(from);
        List<Release> comparable = releases.stream()
                .filter(r -> scheme.isValid(r.version()) && !r.deprecated())
                .filter(r -> scheme.isCompatible(r.version(), from))
                .toList();
        Instant currentReleased = comparable.stream().filter(r -> order.compare(r.version(), from) == 0)
                .map(Release::created).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        List<Release> newer = comparable.stream()
                .filter(r -> preReleases || scheme.isStable(r.version()))
                .filter(r -> order.compare(r.version(), from) > 0)
                .sorted(Comparator.comparing(Release::version, order).reversed())
                .toList();
        if (newer.isEmpty()) {
            return Optional.of(new ReleaseLag(currentReleased, from, currentReleased, 0));
        }
        Release newest = newer.get(0);
        return Optional.of(new ReleaseLag(currentReleased, newest.version(), newest.created(), newer.size()));
    }
}
