package io.kubesteward.sources.maven;

import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.supplier.RepositorySystemSupplier;

/**
 * Maven Resolver's repository system, built on first use: it takes a few hundred milliseconds, so
 * a run without Maven artifacts never pays for it. Thread-safe.
 */
final class ResolverRuntime {
    private RepositorySystem system;
    private long startupMillis = -1;

    synchronized RepositorySystem system() {
        if (system == null) {
            long start = System.nanoTime();
            system = new RepositorySystemSupplier().get();
            startupMillis = (System.nanoTime() - start) / 1_000_000;
        }
        return system;
    }

    synchronized boolean started() {
        return system != null;
    }

    /** How long building the system took; -1 before it was built. */
    synchronized long startupMillis() {
        return startupMillis;
    }

    synchronized void shutdown() {
        if (system != null) {
            system.shutdown();
            system = null;
        }
    }
}
