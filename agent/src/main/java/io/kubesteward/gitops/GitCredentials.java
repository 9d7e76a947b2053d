package io.kubesteward.gitops;

/**
 * What Steward presents to an https remote: a username and a token (a GitHub App or personal access
 * token, a GitLab or Gitea token). The composition root reads the token from the environment or a
 * file; it is never part of the remote URL. {@link #toString()} names only the username.
 */
public final class GitCredentials {
    /** The username GitHub expects with an installation token; other forges accept any non-empty name. */
    public static final String DEFAULT_USERNAME = "x-access-token";

    private static final GitCredentials NONE = new GitCredentials(null, null);

    private final String username;
    private final String token;

    private GitCredentials(String username, String token) {
        this.username = username;
        this.token = token;
    }

    public static GitCredentials none() {
        return NONE;
    }

    /** A token; {@code username} may be null for {@value #DEFAULT_USERNAME}. */
    public static GitCredentials token(String username, String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a git token must not be empty");
        }
        return new GitCredentials(username == null || username.isBlank() ? DEFAULT_USERNAME : username, token);
    }

    public boolean isNone() {
        return token == null;
    }

    public String username() {
        return username;
    }

    /** The secret itself, for the one adapter that sends it; never print or log the result. */
    public String revealToken() {
        return token;
    }

    @Override
    public String toString() {
        return isNone() ? "GitCredentials[none]" : "GitCredentials[token for " + username + "]";
    }
}
