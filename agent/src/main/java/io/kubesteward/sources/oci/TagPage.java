package io.kubesteward.sources.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads one {@code tags/list} answer: {@code {"name": "...", "tags": [...]}}; {@code tags} may be null. */
final class TagPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TagPage() {
    }

    static List<String> tags(byte[] body) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        JsonNode tags = root.path("tags");
        if (!tags.isArray() && !tags.isNull() && !tags.isMissingNode()) {
            throw new IOException("'tags' is not a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode tag : tags) {
            if (tag.isTextual() && !tag.asText().isBlank()) {
                out.add(tag.asText());
            }
        }
        return out;
    }
}
