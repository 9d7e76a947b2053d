package io.kubesteward.forge.fake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** What the fake forge sends back. */
public record Answer(int status, Map<String, String> headers, String body) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Answer json(int status, String body) {
        return new Answer(status, Map.of(), body);
    }

    public static Answer json(int status, Object tree) {
        try {
            return new Answer(status, Map.of(), JSON.writeValueAsString(tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Answer empty(int status) {
        return new Answer(status, Map.of(), "");
    }

    /** A test resource under {@code /forge/}, e.g. {@code github/error-401.json}. */
    public static Answer resource(int status, String name) {
        return json(status, Resources.text(name));
    }

    public Answer header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Answer(status, h, body);
    }

    /** Reads test resources under {@code /forge/}. */
    public static final class Resources {
        private Resources() {
        }

        public static String text(String name) {
            try (InputStream in = Answer.class.getResourceAsStream("/forge/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no test resource /forge/" + name);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static final Map<String, ObjectNode> PARSED = new ConcurrentHashMap<>();

        /** A fresh copy of a JSON object resource. */
        public static ObjectNode object(String name) {
            return PARSED.computeIfAbsent(name, n -> {
                try {
                    return (ObjectNode) JSON.readTree(text(n));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }).deepCopy();
        }
    }
}
