package io.kubesteward.http;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/** Which URLs may be fetched, where a redirect leads, and when credentials must stay behind. */
final class Redirects {
    static final int MAX = 5;

    private Redirects() {
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    static URI target(URI from, String location) throws HttpFailure {
        URI next;
        try {
            next = Redaction.withoutUserInfo(from.resolve(location.trim()));
        } catch (IllegalArgumentException e) {
            throw Failures.unusableUrl(from, "the server redirected to an invalid URL");
        }
        requireFetchable(next, from);
        return next;
    }

    static void requireFetchable(URI uri, URI requested) throws HttpFailure {
        String scheme = String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw Failures.unusableUrl(requested, uri == requested ? "only http(s) URLs with a host can be fetched"
                    : "the server redirected to " + Redaction.url(uri) + ", which is not an http(s) URL");
        }
    }

    static boolean sameOrigin(URI a, URI b) {
        return Objects.equals(a.getScheme(), b.getScheme())
                && String.valueOf(a.getHost()).equalsIgnoreCase(String.valueOf(b.getHost()))
                && a.getPort() == b.getPort();
    }
}
