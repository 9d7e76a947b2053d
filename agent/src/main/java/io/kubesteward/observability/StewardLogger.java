package io.kubesteward.observability;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NormalizedParameters;
import org.slf4j.spi.LoggingEventAware;
import org.slf4j.spi.MDCAdapter;

/** An SLF4J logger writing through {@link LogOutput}; fluent key-value pairs become JSON fields. */
final class StewardLogger extends LegacyAbstractLogger implements LoggingEventAware {
    private static final long serialVersionUID = 1L;
    private final transient LogOutput output;
    private final transient MDCAdapter mdc;

    StewardLogger(String name, LogOutput output, MDCAdapter mdc) {
        this.name = name;
        this.output = output;
        this.mdc = mdc;
    }

    @Override
    public boolean isTraceEnabled() {
        return output.enabled(name, Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return output.enabled(name, Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return output.enabled(name, Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return output.enabled(name, Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return output.enabled(name, Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments, Throwable error) {
        output.emit(new LogEvent(output.now(), level, name, Thread.currentThread().getName(),
                MessageFormatter.basicArrayFormat(pattern, arguments), mdc(), Map.of(), error));
    }

    @Override
    public void log(LoggingEvent event) {
        if (!output.enabled(name, event.getLevel())) {
            return;
        }
        NormalizedParameters np = NormalizedParameters.normalize(event);
        Map<String, Object> fields = new LinkedHashMap<>();
        if (event.getKeyValuePairs() != null) {
            for (KeyValuePair kv : event.getKeyValuePairs()) {
                fields.put(kv.key, kv.value);
            }
        }
        Instant time = event.getTimeStamp() > 0 ? Instant.ofEpochMilli(event.getTimeStamp()) : output.now();
        String thread = event.getThreadName() != null ? event.getThreadName() : Thread.currentThread().getName();
        output.emit(new LogEvent(time, event.getLevel(), name, thread, MessageFormatter.basicArrayFormat(np), mdc(), fields,
                np.getThrowable()));
    }

    private Map<String, String> mdc() {
        Map<String, String> context = mdc.getCopyOfContextMap();
        return context == null ? Map.of() : context;
    }
}
