package io.kubesteward.sources.oci;

/** Why a registry could not answer for a repository, in words for people (what, why, what to try). */
final class RegistryFailure extends Exception {
    RegistryFailure(String message) {
        super(message, null, false, false);
    }
}
