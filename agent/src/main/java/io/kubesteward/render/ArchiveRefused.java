package io.kubesteward.render;

/** Why Steward will not read a chart archive, in words naming the archive and what to do. */
public final class ArchiveRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public ArchiveRefused(String message) {
        super(message);
    }
}
