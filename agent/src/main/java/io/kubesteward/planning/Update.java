package io.kubesteward.planning;

import io.kubesteward.analysis.Impact;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.Release;
import io.kubesteward.model.UpdateType;
import java.util.List;

/**
 * One declaration moved to {@code newValue} (which {@code release} provides). {@code newDigest} is
 * set when the declaration pins a digest: the digest of the new version, or, for a {@code DIGEST}
 * update, the new digest behind the same tag. {@code passed} are the releases the move goes over,
 * newer than the current version and older than the new one, newest first: their release notes
 * belong to the change too. {@code impact} is what the upgrade analysis found for a chart (never null:
 * {@link Impact#NONE} until analysed, or for what is not a chart).
 */
public record Update(Declaration declaration, String newValue, UpdateType type, Release release, String newDigest,
                     List<Release> passed, Impact impact) {
    public Update {
        passed = passed == null ? List.of() : List.copyOf(passed);
        impact = impact == null ? Impact.NONE : impact;
    }

    public Update(Declaration declaration, String newValue, UpdateType type, Release release, String newDigest,
                  List<Release> passed) {
        this(declaration, newValue, type, release, newDigest, passed, Impact.NONE);
    }

    public Update withImpact(Impact found) {
        return new Update(declaration, newValue, type, release, newDigest, passed, found);
    }

    public Update(Declaration declaration, String newValue, UpdateType type, Release release, String newDigest) {
        this(declaration, newValue, type, release, newDigest, List.of());
    }

    public Update(Declaration declaration, String newValue, UpdateType type, Release release) {
        this(declaration, newValue, type, release, null);
    }
}
