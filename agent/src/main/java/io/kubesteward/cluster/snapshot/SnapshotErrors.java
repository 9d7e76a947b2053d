package io.kubesteward.cluster.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.kubesteward.model.Problem;
import java.util.stream.Collectors;

/** Jackson's failures as file:line:column and a sentence about the snapshot's own fields. */
final class SnapshotErrors {
    private SnapshotErrors() {
    }

    static SnapshotInvalid from(String file, String text, JsonProcessingException failure) {
        // these two are raised once a record's whole mapping is read, so Jackson's own location is past the mistake
        boolean late = failure instanceof UnrecognizedPropertyException || failure instanceof ValueInstantiationException;
        JsonLocation location = late ? PathLocator.find(text, ((JsonMappingException) failure).getPath()) : null;
        location = location != null ? location : failure.getLocation();
        int line = location == null ? 0 : location.getLineNr();
        int column = location == null ? 0 : location.getColumnNr();
        return new SnapshotInvalid(new Problem(file, Math.max(line, 0), Math.max(column, 0), message(failure)));
    }

    static SnapshotInvalid at(String file, String message) {
        return new SnapshotInvalid(new Problem(file, 0, 0, message));
    }

    private static String message(JsonProcessingException failure) {
        String where = failure instanceof JsonMappingException mapping ? path(mapping) : "";
        String in = where.isEmpty() ? "" : " at " + where;
        if (failure instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", "));
            return "unknown field '" + unknown.getPropertyName() + "'" + in + "; known fields: " + known;
        }
        if (failure instanceof InvalidFormatException invalid) {
            return "'" + invalid.getValue() + "'" + in + " is not valid: " + afterColon(invalid.getOriginalMessage());
        }
        if (failure instanceof ValueInstantiationException instantiation && instantiation.getCause() != null) {
            return instantiation.getCause().getMessage() + in;
        }
        return failure.getOriginalMessage() + in;
    }

    /** workloads[2].containers[0].name */
    private static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference step : failure.getPath()) {
            if (step.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String afterColon(String message) {
        int colon = message == null ? -1 : message.lastIndexOf(": ");
        return colon < 0 ? String.valueOf(message) : message.substring(colon + 2);
    }
}
