package io.kubesteward.sources.helm;

/** A repository index could not be read or used; the message is the reason shown to people. */
final class IndexUnavailable extends Exception {
    IndexUnavailable(String reason) {
        super(reason, null, false, false);
    }
}
