package io.kubesteward.forge.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** A request as the fake forge saw it. {@code path} is raw (still percent-encoded); header names are lower-case. */
public record Call(String method, String path, Map<String, String> query, Map<String, List<String>> headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public int intQuery(String name, int otherwise) {
        String v = query.get(name);
        return v == null || v.isEmpty() ? otherwise : Integer.parseInt(v);
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
