package io.kubesteward.http;

import java.util.List;
import java.util.Map;

/** A request as the test server saw it. Header names are lower-case. */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers) {
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
