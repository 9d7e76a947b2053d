package io.kubesteward.cluster.fabric8;

/** The cluster cannot be read at all (no connection, credentials rejected); carried out of the listing callbacks unchecked. */
final class SystemicFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SystemicFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
