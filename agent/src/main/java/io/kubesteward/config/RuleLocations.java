package io.kubesteward.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Finds where each top-level {@code packageRules} item starts, since bound records carry no positions. */
final class RuleLocations {
    private RuleLocations() {
    }

    static List<String> of(String file, String content, YAMLFactory factory) throws IOException {
        List<String> out = new ArrayList<>();
        try (JsonParser p = factory.createParser(content)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return out;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("packageRules".equals(field) && value == JsonToken.START_ARRAY) {
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        out.add(file + ":" + p.currentTokenLocation().getLineNr() + ":" + p.currentTokenLocation().getColumnNr());
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return out;
    }
}
