package io.kubesteward.forge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;

/**
 * JSON as the forges write it: snake_case names, unknown fields ignored (forges add fields all the
 * time), absent request fields left out so that a PATCH changes only what it names.
 */
public final class ForgeJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ForgeJson() {
    }

    public static byte[] write(Object body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a forge request body", e);
        }
    }

    public static <T> T read(byte[] json, Class<T> type) throws IOException {
        T value = MAPPER.readValue(json, type);
        if (value == null) {
            throw new IOException("the body is empty or null");
        }
        return value;
    }

    public static <T> List<T> readList(byte[] json, Class<T> element) throws IOException {
        JavaType type = MAPPER.getTypeFactory().constructCollectionType(List.class, element);
        List<T> value = MAPPER.readValue(json, type);
        if (value == null) {
            throw new IOException("the body is empty or null");
        }
        return value;
    }

    /** The body as a tree, or null when it is not JSON (an HTML error page from a proxy, say). */
    public static JsonNode tree(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }
}
