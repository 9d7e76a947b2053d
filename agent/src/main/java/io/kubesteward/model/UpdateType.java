package io.kubesteward.model;

/** How far a version moves: as semver reads it, or only the digest behind the same tag. */
public enum UpdateType {
    DIGEST, PATCH, MINOR, MAJOR;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
