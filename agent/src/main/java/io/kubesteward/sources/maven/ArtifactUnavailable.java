package io.kubesteward.sources.maven;

/** An artifact's versions could not be read; the message is the reason shown to people. */
final class ArtifactUnavailable extends Exception {
    ArtifactUnavailable(String reason) {
        super(reason, null, false, false);
    }
}
