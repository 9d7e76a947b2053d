package io.kubesteward.planning;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.Release;
import io.kubesteward.model.UpdateType;

/**
 * One declaration moved to {@code newValue} (which {@code release} provides). {@code newDigest} is
 * set when the declaration pins a digest: the digest of the new version, or, for a {@code DIGEST}
 * update, the new digest behind the same tag.
 */
public record Update(Declaration declaration, String newValue, UpdateType type, Release release, String newDigest) {
    public Update(Declaration declaration, String newValue, UpdateType type, Release release) {
        this(declaration, newValue, type, release, null);
    }
}
