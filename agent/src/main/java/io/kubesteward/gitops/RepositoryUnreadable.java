package io.kubesteward.gitops;

/** The repository itself cannot be read: a systemic failure that ends the run. */
public final class RepositoryUnreadable extends Exception {
    private static final long serialVersionUID = 1L;

    public RepositoryUnreadable(String message) {
        super(message);
    }
}
