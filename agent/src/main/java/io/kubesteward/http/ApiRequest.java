package io.kubesteward.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One API request for {@link HttpCaller#exchange}. {@code credentials} null means none (then any
 * userinfo in the URI is used as basic credentials, never sent in the URL). Headers the JDK client
 * sets itself (Host, Content-Length, Connection…) are refused. {@link #toString()} shows header
 * names only, never values.
 */
public record ApiRequest(String method, URI uri, Map<String, String> headers, byte[] body, Credentials credentials) {
    private static final Set<String> RESTRICTED = Set.of("host", "content-length", "connection", "expect", "upgrade");

    public ApiRequest {
        if (method == null || !method.matches("[A-Za-z]+")) {
            throw new IllegalArgumentException("an HTTP method is a word such as GET or POST, not '" + method + "'");
        }
        method = method.toUpperCase(Locale.ROOT);
        if (uri == null) {
            throw new IllegalArgumentException("a request needs a URI");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, value) -> {
                if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("the header " + name + " is set by the HTTP client itself");
                }
                copy.put(name, value);
            });
        }
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? new byte[0] : body.clone();
        credentials = credentials == null ? Credentials.none() : credentials;
    }

    public static ApiRequest of(String method, URI uri, Credentials credentials) {
        return new ApiRequest(method, uri, Map.of(), null, credentials);
    }

    public static ApiRequest get(URI uri, Credentials credentials) {
        return of("GET", uri, credentials);
    }

    public static ApiRequest head(URI uri, Credentials credentials) {
        return of("HEAD", uri, credentials);
    }

    /** A request whose body is {@code json} (UTF-8), sent as {@code application/json}. */
    public static ApiRequest json(String method, URI uri, Credentials credentials, String json) {
        return of(method, uri, credentials).withBody(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /** This request with one more header (replacing one of the same name, whatever its case). */
    public ApiRequest withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        h.put(name, value);
        return new ApiRequest(method, uri, h, body, credentials);
    }

    public ApiRequest withBody(byte[] newBody, String contentType) {
        return new ApiRequest(method, uri, headers, newBody, credentials).withHeader("Content-Type", contentType);
    }

    /** The header's value, whatever the case of its name; null when absent. */
    public String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** GET and HEAD: redirects are followed only for these. */
    public boolean safe() {
        return method.equals("GET") || method.equals("HEAD");
    }

    /** Repeating the request has the same effect as sending it once (RFC 9110 §9.2.2). */
    public boolean idempotent() {
        return safe() || method.equals("PUT") || method.equals("DELETE") || method.equals("OPTIONS");
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "ApiRequest[" + method + " " + Redaction.url(uri) + ", headers " + headers.keySet() + ", "
                + body.length + " bytes, " + credentials + "]";
    }
}
