package io.kubesteward.cluster.fabric8;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Kubernetes timestamps (RFC 3339, as strings in the objects) to instants; an unparsable one counts as absent. */
final class Times {
    private Times() {
    }

    static Instant parse(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notRfc3339) {
            return null;
        }
    }
}
