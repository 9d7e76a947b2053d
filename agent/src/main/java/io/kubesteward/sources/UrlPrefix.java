package io.kubesteward.sources;

/**
 * Prefix matching for configured URLs that stops at a path boundary, so that a prefix for
 * {@code https://charts.example.com} never matches {@code https://charts.example.com.evil.org/}.
 */
public final class UrlPrefix {
    private UrlPrefix() {
    }

    public static boolean matches(String prefix, String url) {
        if (prefix == null || prefix.isEmpty() || url == null || !url.startsWith(prefix)) {
            return false;
        }
        if (url.length() == prefix.length() || prefix.endsWith("/")) {
            return true;
        }
        char next = url.charAt(prefix.length());
        return next == '/' || next == '?' || next == '#';
    }

    /** The URL of a directory without trailing slashes ({@code https://x/charts/} → {@code https://x/charts}). */
    public static String withoutTrailingSlash(String url) {
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        return url.substring(0, end);
    }

    /** Joins a directory URL and a relative path with exactly one slash between them. */
    public static String join(String base, String rest) {
        String tail = rest;
        while (tail.startsWith("/")) {
            tail = tail.substring(1);
        }
        return tail.isEmpty() ? withoutTrailingSlash(base) : withoutTrailingSlash(base) + "/" + tail;
    }
}
