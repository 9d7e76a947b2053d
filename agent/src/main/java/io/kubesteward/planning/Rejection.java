package io.kubesteward.planning;

import io.kubesteward.model.Release;
import io.kubesteward.model.UpdateType;
import io.kubesteward.policy.EffectivePolicy;
import io.kubesteward.versioning.VersionScheme;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/** Why policy refuses one release for one declaration, in words; null when it allows it. */
final class Rejection {
    private Rejection() {
    }

    static String of(Release release, UpdateType type, EffectivePolicy policy, VersionScheme scheme, Instant now,
                     KubernetesTarget kubernetes) {
        String version = release.version();
        if (release.distrust() != null) {
            return version + " is not proposed: " + release.distrust();
        }
        for (String ignored : policy.ignoreVersions()) {
            if (ignored.equals(version) || (scheme.isValidConstraint(ignored) && scheme.isConstraint(ignored)
                    && scheme.satisfies(version, ignored))) {
                return version + " is ignored by a rule (ignoreVersions: " + ignored + ")";
            }
        }
        for (String allowed : policy.allowedVersions()) {
            if (!scheme.satisfies(version, allowed)) {
                return version + " is outside allowedVersions '" + allowed + "'";
            }
        }
        if (type != null && !policy.updateTypes().contains(type)) {
            return version + " is a " + type.id() + " update; the rules allow " + policy.updateTypes().stream()
                    .sorted().map(UpdateType::id).collect(Collectors.joining(", ")) + " only";
        }
        Duration minimum = policy.minimumReleaseAge();
        if (!minimum.isZero()) {
            if (release.created() == null) {
                return version + " has no release date in the repository index; minimumReleaseAge " + human(minimum) + " needs one";
            }
            Duration age = Duration.between(release.created(), now);
            if (age.compareTo(minimum) < 0) {
                return version + " was released " + human(age.isNegative() ? Duration.ZERO : age)
                        + " ago; minimumReleaseAge is " + human(minimum);
            }
        }
        return kubernetes == null ? null : kubernetes.refusal(release);
    }

    static String human(Duration d) {
        if (d.toDays() >= 1) {
            return d.toDays() + "d";
        }
        if (d.toHours() >= 1) {
            return d.toHours() + "h";
        }
        return Math.max(d.toMinutes(), 0) + "m";
    }

}
