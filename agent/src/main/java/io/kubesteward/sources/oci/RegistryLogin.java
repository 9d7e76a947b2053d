package io.kubesteward.sources.oci;

import io.kubesteward.http.Credentials;

/**
 * One registry login from a docker config file: a user and password, or an identity token (an
 * OAuth2 refresh token exchanged at the registry's token service). {@link #toString()} names only
 * the kind.
 */
final class RegistryLogin {
    private final String user;
    private final String password;
    private final String identityToken;

    private RegistryLogin(String user, String password, String identityToken) {
        this.user = user;
        this.password = password;
        this.identityToken = identityToken;
    }

    static RegistryLogin basic(String user, String password) {
        return new RegistryLogin(user, password, null);
    }

    static RegistryLogin identityToken(String token) {
        return new RegistryLogin(null, null, token);
    }

    boolean hasIdentityToken() {
        return identityToken != null;
    }

    /** Basic credentials, for a Basic challenge or the token service; none for an identity token. */
    Credentials basic() {
        return identityToken != null ? Credentials.none() : Credentials.basic(user, password);
    }

    /** The refresh token for the token service; only the token request sends it. */
    String refreshToken() {
        return identityToken;
    }

    @Override
    public String toString() {
        return identityToken != null ? "RegistryLogin[identity token]" : "RegistryLogin[basic]";
    }
}
