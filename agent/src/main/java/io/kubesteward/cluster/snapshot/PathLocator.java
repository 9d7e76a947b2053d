package io.kubesteward.cluster.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;

/**
 * Finds where a binding error's path ({@code workloads[0].replica}) sits in the text. Jackson binds
 * records only once the whole mapping is read, so its own location points past the mistake.
 */
final class PathLocator {
    private static final YAMLFactory YAML = new YAMLFactory();

    private PathLocator() {
    }

    /** The location of the field or element at the path, or null when it cannot be found. */
    static JsonLocation find(String text, List<JsonMappingException.Reference> path) {
        String pointer = pointer(path);
        if (pointer.isEmpty()) {
            return null;
        }
        try (JsonParser parser = YAML.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (pointer.equals(parser.getParsingContext().pathAsPointer().toString())) {
                    return parser.currentTokenLocation();
                }
            }
        } catch (IOException unparsable) {
            return null;
        }
        return null;
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            if (step.getFieldName() != null) {
                pointer.append('/').append(step.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (step.getIndex() >= 0) {
                pointer.append('/').append(step.getIndex());
            }
        }
        return pointer.toString();
    }
}
