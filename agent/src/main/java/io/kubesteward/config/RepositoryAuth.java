package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Credentials for a repository, by reference only: basic (username + password) or a bearer token. */
public record RepositoryAuth(String username, SecretRef usernameFrom, SecretRef passwordFrom, SecretRef tokenFrom) {
    public RepositoryAuth {
        boolean basic = passwordFrom != null;
        if (basic == (tokenFrom != null)) {
            throw new IllegalArgumentException("give either 'passwordFrom' (basic auth, with 'username' or 'usernameFrom') or 'tokenFrom' (bearer)");
        }
        if (basic && (username == null) == (usernameFrom == null)) {
            throw new IllegalArgumentException("basic auth needs exactly one of 'username' or 'usernameFrom'");
        }
        if (!basic && (username != null || usernameFrom != null)) {
            throw new IllegalArgumentException("a bearer token ('tokenFrom') takes no username");
        }
    }

    /** Binds a file's {@code auth:}; inline secrets are named so the error can say what to write instead. */
    @JsonCreator
    static RepositoryAuth bind(
            @JsonProperty("username") String username,
            @JsonProperty("usernameFrom") SecretRef usernameFrom,
            @JsonProperty("passwordFrom") SecretRef passwordFrom,
            @JsonProperty("tokenFrom") SecretRef tokenFrom,
            @JsonProperty("password") Object inlinePassword,
            @JsonProperty("token") Object inlineToken) {
        if (inlinePassword != null || inlineToken != null) {
            String field = inlinePassword != null ? "password" : "token";
            throw new IllegalArgumentException("secrets are never written inline: replace '" + field + "' with '" + field
                    + "From' and {env: VARIABLE} or {file: /mounted/path}");
        }
        return new RepositoryAuth(username, usernameFrom, passwordFrom, tokenFrom);
    }
}
