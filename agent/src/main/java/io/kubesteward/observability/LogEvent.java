package io.kubesteward.observability;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.event.Level;

/**
 * One log call, formatted but not yet scrubbed. {@code context} holds the MDC (shown in text lines);
 * {@code fields} the key-value pairs of the fluent API (only in JSON lines).
 */
record LogEvent(Instant time, Level level, String logger, String thread, String message, Map<String, String> context,
                Map<String, Object> fields, Throwable error) {
    LogEvent {
        context = context == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(context));
        fields = fields == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        message = message == null ? "" : message;
    }
}
