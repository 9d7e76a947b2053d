package io.kubesteward.sources.git;

import java.util.List;

/** How a git remote is asked for its tags (git ls-remote --tags), with the credentials a run has for it. */
@FunctionalInterface
public interface RemoteTags {
    /** The tag names of the repository at {@code url}, without {@code refs/tags/}. */
    List<String> tags(String url) throws Unavailable;

    /** Why a remote's tags cannot be listed, in words a user can act on (no secret in it). */
    final class Unavailable extends Exception {
        public Unavailable(String message) {
            super(message);
        }
    }
}
