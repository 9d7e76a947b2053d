package io.kubesteward.observability;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.spi.MDCAdapter;

/** One {@link StewardLogger} per name, all writing through the same output and reading the same MDC. */
final class StewardLoggerFactory implements ILoggerFactory {
    private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private final LogOutput output;
    private final MDCAdapter mdc;

    StewardLoggerFactory(LogOutput output, MDCAdapter mdc) {
        this.output = output;
        this.mdc = mdc;
    }

    @Override
    public Logger getLogger(String name) {
        return loggers.computeIfAbsent(name, n -> new StewardLogger(n, output, mdc));
    }
}
