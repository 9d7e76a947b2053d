package io.kubesteward.sources.helm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.kubesteward.model.Release;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads one chart version entry of an index.yaml, token by token, into a {@link Release}. */
final class ChartEntryReader {
    static final String CHANGES_ANNOTATION = "artifacthub.io/changes";

    private ChartEntryReader() {
    }

    /** Reads the mapping the parser stands on; null for an entry without a version. */
    static Release read(JsonParser p) throws IOException {
        String version = null;
        String created = null;
        String digest = null;
        String appVersion = null;
        String kubeVersion = null;
        String home = null;
        String changes = null;
        boolean deprecated = false;
        List<String> sources = List.of();
        List<String> urls = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "version" -> version = scalar(p, value);
                case "created" -> created = scalar(p, value);
                case "digest" -> digest = scalar(p, value);
                case "appVersion" -> appVersion = scalar(p, value);
                case "kubeVersion" -> kubeVersion = scalar(p, value);
                case "home" -> home = scalar(p, value);
                case "deprecated" -> deprecated = "true".equalsIgnoreCase(scalar(p, value));
                case "sources" -> sources = strings(p, value);
                case "urls" -> urls = strings(p, value);
                case "annotations" -> changes = annotation(p, value, CHANGES_ANNOTATION);
                default -> p.skipChildren();
            }
        }
        if (version == null || version.isBlank()) {
            return null;
        }
        return new Release(version, instant(created), digest, appVersion, kubeVersion, deprecated, home, sources, changes, null, urls);
    }

    /** RFC 3339, possibly with nanoseconds and any offset; null when absent or unreadable. */
    static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The text of a scalar (numbers keep their spelling: 1.10 stays "1.10"); null otherwise. */
    private static String scalar(JsonParser p, JsonToken token) throws IOException {
        if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    private static List<String> strings(JsonParser p, JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<String> out = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
            String s = scalar(p, t);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static String annotation(JsonParser p, JsonToken token, String key) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String found = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (key.equals(name)) {
                found = scalar(p, value);
            } else {
                p.skipChildren();
            }
        }
        return found;
    }
}
