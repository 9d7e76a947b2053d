package io.kubesteward.sources.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.http.ApiRequest;
import io.kubesteward.http.ApiResponse;
import io.kubesteward.http.Credentials;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpFailure;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The distribution token flow: asks the realm of a Bearer challenge for a pull token, anonymously,
 * with basic credentials, or (for an identity token) by the OAuth2 refresh-token grant.
 */
final class TokenService {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpCaller http;

    TokenService(HttpCaller http) {
        this.http = http;
    }

    Credentials token(AuthChallenge challenge, String scope, RegistryAddress addr, Optional<RegistryLogin> login)
            throws RegistryFailure {
        URI realm = realm(challenge, addr, login.isPresent());
        String service = challenge.param("service");
        String query = (service == null ? "" : "service=" + enc(service) + "&") + "scope=" + enc(scope);
        ApiRequest request;
        if (login.isPresent() && login.get().hasIdentityToken()) {
            String form = query + "&grant_type=refresh_token&client_id=steward&refresh_token=" + enc(login.get().refreshToken());
            request = ApiRequest.of("POST", realm, Credentials.none())
                    .withBody(form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
        } else {
            URI withQuery = URI.create(realm + (realm.getRawQuery() == null ? "?" : "&") + query);
            request = ApiRequest.get(withQuery, login.map(RegistryLogin::basic).orElse(Credentials.none()));
        }
        ApiResponse response;
        try {
            response = http.exchange(request.withHeader("Accept", "application/json"));
        } catch (HttpFailure f) {
            throw new RegistryFailure("could not get a token for " + addr.display() + addr.via() + ": " + f.getMessage());
        }
        return Credentials.bearer(tokenFrom(response, realm, addr, login.isPresent()));
    }

    private static URI realm(AuthChallenge challenge, RegistryAddress addr, boolean withLogin) throws RegistryFailure {
        String realm = challenge.param("realm");
        URI uri;
        try {
            uri = realm == null ? null : URI.create(realm);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            throw new RegistryFailure("registry " + addr.registry() + " asked for a token from '" + realm
                    + "', which is not an http(s) URL — check the registry's auth configuration");
        }
        if (withLogin && scheme.equals("http") && addr.base().getScheme().equals("https")) {
            throw new RegistryFailure("registry " + addr.registry() + " sends logins to a token service over plain http ("
                    + uri.getHost() + "); Steward does not send credentials unencrypted — fix the registry's token realm");
        }
        return uri;
    }

    private static String tokenFrom(ApiResponse response, URI realm, RegistryAddress addr, boolean withLogin)
            throws RegistryFailure {
        String service = "the token service " + realm.getHost();
        if (response.status() == 401 || response.status() == 403) {
            throw new RegistryFailure(withLogin
                    ? service + " refused the credentials for " + addr.registry() + " (" + response.status()
                            + ") — check the login for " + addr.registry() + " in the docker config file"
                    : service + " refused anonymous access to " + addr.display() + addr.via() + " (" + response.status()
                            + ") — the repository may be private: add a login for " + addr.registry() + " to the docker config file");
        }
        if (!response.successful()) {
            throw new RegistryFailure(service + " answered " + response.status() + " for " + addr.display() + addr.via()
                    + " — try again later");
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            String token = body == null ? "" : body.path("token").asText(body.path("access_token").asText(""));
            if (!token.isBlank()) {
                return token;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new RegistryFailure(service + " answered without a token for " + addr.display() + addr.via());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
