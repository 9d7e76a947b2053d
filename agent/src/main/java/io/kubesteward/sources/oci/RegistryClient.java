package io.kubesteward.sources.oci;

import io.kubesteward.http.ApiRequest;
import io.kubesteward.http.ApiResponse;
import io.kubesteward.http.Credentials;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpFailure;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registry requests with the auth a registry asks for. The first 401 of a registry brings its
 * challenge; the challenge is kept for the run, so later repositories on that registry go straight
 * to the token service, and each (registry, scope) authorization is kept too: a listing and the
 * manifests of the same repository share one token.
 */
final class RegistryClient {
    private final HttpCaller http;
    private final RegistryCredentials credentials;
    private final TokenService tokens;
    private final Map<String, AuthChallenge> challenges = new ConcurrentHashMap<>();
    private final Map<String, Credentials> authorizations = new ConcurrentHashMap<>();

    RegistryClient(HttpCaller http, RegistryCredentials credentials) {
        this.http = http;
        this.credentials = credentials;
        this.tokens = new TokenService(http);
    }

    Optional<RegistryLogin> login(RegistryAddress addr) {
        return credentials.forRegistry(addr.registry());
    }

    RegistryCredentials credentials() {
        return credentials;
    }

    /** The response to {@code request}, authorized as the registry asks; a 401 left is the caller's to explain. */
    ApiResponse send(RegistryAddress addr, ApiRequest request) throws RegistryFailure, HttpFailure {
        String registry = addr.base().toString();
        String key = key(addr);
        Credentials auth = authorizations.get(key);
        boolean fresh = false;
        AuthChallenge known = challenges.get(registry);
        if (auth == null && known != null) {
            auth = authorize(addr, known, key);
            fresh = true;
        }
        ApiResponse response = http.exchange(with(request, auth));
        if (response.status() != 401 || fresh) {
            return response;
        }
        Optional<AuthChallenge> challenge = AuthChallenge.parse(response.header("WWW-Authenticate").orElse(null));
        if (challenge.isEmpty()) {
            return response;
        }
        challenges.put(registry, challenge.get());
        authorizations.remove(key);
        Credentials renewed = authorize(addr, challenge.get(), key);
        return renewed == null ? response : http.exchange(with(request, renewed));
    }

    /**
     * The authorization requests for {@code addr}'s repository carry, as the last request there established it
     * (a token, or the basic login); none when the registry asked for none.
     */
    Credentials authorization(RegistryAddress addr) {
        Credentials known = authorizations.get(key(addr));
        return known == null ? Credentials.none() : known;
    }

    /** Authorizations are kept per registry and scope: a listing and the manifests of one repository share one. */
    private static String key(RegistryAddress addr) {
        return addr.base() + " " + addr.scope();
    }

    private Credentials authorize(RegistryAddress addr, AuthChallenge challenge, String key) throws RegistryFailure {
        Optional<RegistryLogin> login = login(addr);
        Credentials auth;
        if (challenge.bearer()) {
            String asked = challenge.param("scope");
            String scope = asked != null && asked.contains(":" + addr.path() + ":") ? asked : addr.scope();
            auth = tokens.token(challenge, scope, addr, login);
        } else {
            auth = login.map(RegistryLogin::basic).filter(c -> !c.isNone()).orElse(null);
        }
        if (auth != null) {
            authorizations.put(key, auth);
        }
        return auth;
    }

    private static ApiRequest with(ApiRequest request, Credentials auth) {
        return new ApiRequest(request.method(), request.uri(), request.headers(), request.body(),
                auth == null ? Credentials.none() : auth);
    }
}
