package io.kubesteward.forge;

import java.net.URI;
import java.util.Locale;

/** Turns what people write for a forge's address into its REST API root, without a trailing slash. */
final class ApiBase {
    private ApiBase() {
    }

    static URI normalise(ForgeKind kind, URI given) {
        if (given == null) {
            return switch (kind) {
                case GITHUB -> URI.create("https://api.github.com");
                case GITLAB -> URI.create("https://gitlab.com/api/v4");
                default -> throw new IllegalArgumentException(
                        "a " + kind.displayName() + " server has no default address: set the forge's URL, e.g. https://gitea.example.com");
            };
        }
        String scheme = String.valueOf(given.getScheme()).toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || given.getHost() == null) {
            throw new IllegalArgumentException("the forge URL must be an http(s) URL with a host, not '" + given + "'");
        }
        if (given.getRawUserInfo() != null || given.getRawQuery() != null || given.getRawFragment() != null) {
            throw new IllegalArgumentException("the forge URL must not hold credentials, a query or a fragment; "
                    + "give the token separately");
        }
        String path = given.getRawPath() == null ? "" : given.getRawPath().replaceAll("/+$", "");
        String host = given.getHost().toLowerCase(Locale.ROOT);
        String root = scheme + "://" + given.getRawAuthority();
        return switch (kind) {
            case GITHUB -> host.equals("github.com") || host.equals("api.github.com")
                    ? URI.create("https://api.github.com")
                    : URI.create(root + suffixed(path, "/api/v3"));
            case GITLAB -> URI.create(root + suffixed(path, "/api/v4"));
            case GITEA -> URI.create(root + suffixed(path, "/api/v1"));
            case NONE -> given;
        };
    }

    private static String suffixed(String path, String suffix) {
        return path.endsWith(suffix) ? path : path + suffix;
    }
}
