package io.kubesteward.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A request as the test server saw it. Header names are lower-case; {@code query} is raw, or null. */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String query, byte[] body) {
    public RecordedRequest(String method, String path, Map<String, List<String>> headers) {
        this(method, path, headers, null, new byte[0]);
    }

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
