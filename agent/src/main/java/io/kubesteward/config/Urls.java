package io.kubesteward.config;

import java.net.URI;
import java.net.URISyntaxException;

final class Urls {
    private Urls() {
    }

    static String requireRepositoryUrl(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' must be a URL such as https://charts.example.com");
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme();
            if (scheme == null || !(scheme.equals("http") || scheme.equals("https") || scheme.equals("oci"))) {
                throw new IllegalArgumentException("'" + field + "' must start with https://, http:// or oci://, got '" + value + "'");
            }
            if (uri.getUserInfo() != null) {
                throw new IllegalArgumentException("'" + field + "' must not carry credentials; use 'auth' with passwordFrom/tokenFrom");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + field + "' is not a valid URL: " + e.getReason());
        }
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
