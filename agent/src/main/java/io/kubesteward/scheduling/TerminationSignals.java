package io.kubesteward.scheduling;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * SIGTERM and SIGINT become a graceful stop. The JVM's own handling would start shutdown hooks at
 * once, with the rest of the process (other hooks, temp-file deletion) running alongside the job
 * that should finish its proposal; a handler of our own lets the main thread end the work first and
 * exit normally. A second signal while stopping exits at once (Ctrl-C twice). A shutdown hook still
 * waits for the stop, for exits that are not signals.
 *
 * <p>helm-java's native code takes SIGTERM and SIGINT on its first template call (manusa/helm-java
 * #409). Whoever calls it must call {@link #rearm()} afterwards.
 */
public final class TerminationSignals {
    private static final Logger LOG = LoggerFactory.getLogger(TerminationSignals.class);
    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private final GracefulStop target;
    private volatile boolean signalled;

    TerminationSignals(GracefulStop target) {
        this.target = target;
    }

    /** Handles SIGTERM and SIGINT from now on, and waits for {@code target}'s stop in a shutdown hook. */
    public static TerminationSignals install(GracefulStop target) {
        TerminationSignals signals = new TerminationSignals(target);
        signals.rearm();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> target.stop("JVM shutdown"), "steward-shutdown"));
        return signals;
    }

    /** Takes SIGTERM and SIGINT back, e.g. after native code installed its own handlers. */
    public void rearm() {
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), this::received);
            } catch (IllegalArgumentException e) {
                // -Xrs or a platform without the signal: the shutdown hook still stops gracefully
                LOG.debug("cannot handle SIG{}: {}", name, e.getMessage());
            }
        }
    }

    /** What a signal does; the signal handler thread calls it, and so can tests. */
    void received(Signal signal) {
        if (signalled) {
            LOG.warn("second SIG{} while stopping: exiting now", signal.getName());
            Runtime.getRuntime().halt(128 + signal.getNumber());
        }
        signalled = true;
        target.requestStop("SIG" + signal.getName());
    }
}
