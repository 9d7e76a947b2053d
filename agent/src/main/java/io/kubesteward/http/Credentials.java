package io.kubesteward.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Credentials for one HTTP endpoint: basic (username and password) or a bearer token. The values
 * never leave this class except as an Authorization header value; {@link #toString()} names only
 * the scheme.
 */
public final class Credentials {
    private static final Credentials NONE = new Credentials(Scheme.NONE, null, null);

    private enum Scheme { NONE, BASIC, BEARER }

    private final Scheme scheme;
    private final String user;
    private final String secret;

    private Credentials(Scheme scheme, String user, String secret) {
        this.scheme = scheme;
        this.user = user;
        this.secret = secret;
    }

    public static Credentials none() {
        return NONE;
    }

    public static Credentials basic(String username, String password) {
        if (username == null || password == null) {
            throw new IllegalArgumentException("basic credentials need a username and a password");
        }
        return new Credentials(Scheme.BASIC, username, password);
    }

    public static Credentials bearer(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("a bearer token must not be empty");
        }
        return new Credentials(Scheme.BEARER, null, token);
    }

    /** Credentials written into a URL as {@code user:password@host}; none when the URL has none. */
    static Credentials fromUserInfo(String rawUserInfo) {
        if (rawUserInfo == null || rawUserInfo.isEmpty()) {
            return NONE;
        }
        int colon = rawUserInfo.indexOf(':');
        String u = colon < 0 ? rawUserInfo : rawUserInfo.substring(0, colon);
        String p = colon < 0 ? "" : rawUserInfo.substring(colon + 1);
        return basic(decode(u), decode(p));
    }

    public boolean isNone() {
        return scheme == Scheme.NONE;
    }

    /** The Authorization header value, if any. Package-private: only the caller sends it. */
    Optional<String> authorization() {
        return switch (scheme) {
            case NONE -> Optional.empty();
            case BASIC -> Optional.of("Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8)));
            case BEARER -> Optional.of("Bearer " + secret);
        };
    }

    /**
     * For a client that authenticates by itself from a username and password (Maven Resolver):
     * {@code use} applied to them; empty for no credentials or a bearer token.
     */
    public <T> Optional<T> applyBasic(BiFunction<String, String, T> use) {
        return scheme == Scheme.BASIC ? Optional.ofNullable(use.apply(user, secret)) : Optional.empty();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return s;
        }
    }

    @Override
    public String toString() {
        return "Credentials[" + scheme.name().toLowerCase() + "]";
    }
}
