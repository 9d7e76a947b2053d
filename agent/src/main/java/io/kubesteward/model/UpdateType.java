package io.kubesteward.model;

/** How far a version moves, as semver reads it. */
public enum UpdateType {
    PATCH, MINOR, MAJOR;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
