package io.kubesteward.observability;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Steward's SLF4J binding: text or JSON lines on stderr, secrets scrubbed (see {@link StewardLogging}).
 * Registered in {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider}, or chosen with
 * {@code -Dslf4j.provider=io.kubesteward.observability.StewardLogProvider}.
 */
public final class StewardLogProvider implements SLF4JServiceProvider {
    private ILoggerFactory loggerFactory;
    private IMarkerFactory markerFactory;
    private MDCAdapter mdcAdapter;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        mdcAdapter = new BasicMDCAdapter();
        // SLF4J makes this provider itself, so it is logging's composition root and picks the system clock
        loggerFactory = new StewardLoggerFactory(StewardLogging.output(java.time.Clock.systemUTC()), mdcAdapter);
        markerFactory = new BasicMarkerFactory();
    }
}
