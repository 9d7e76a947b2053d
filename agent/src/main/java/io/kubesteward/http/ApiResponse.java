package io.kubesteward.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the server answered, whatever the status. Header names are lower-case; {@code uri} is the
 * URL that answered (after redirects), without userinfo.
 */
public record ApiResponse(int status, Map<String, List<String>> headers, byte[] body, URI uri) {
    public ApiResponse {
        Map<String, List<String>> lower = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> lower.merge(name.toLowerCase(Locale.ROOT), List.copyOf(values),
                    (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
        }
        headers = Map.copyOf(lower);
        body = body == null ? new byte[0] : body;
    }

    /** The first value of the header, whatever the case of {@code name}. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of the header, in order. */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** The body as UTF-8 text. */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean successful() {
        return status >= 200 && status < 300;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String toString() {
        return "ApiResponse[" + status + " from " + Redaction.url(uri) + ", " + body.length + " bytes]";
    }
}
