package io.kubesteward.http;

import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The JDK HTTP client, built on first use and stopped on close, for a fast CLI: building it sets
 * up TLS (about 200 ms cold), which runs fed from a mirror folder never need; and JDK 17 keeps a
 * selector thread in native code that makes the JVM wait up to 300 ms at exit. JDK 17 has no way
 * to close a client, so close() interrupts that thread, which ends it; on JDK 21+ the client's own
 * close() is used.
 */
final class JdkClient implements AutoCloseable {
    private static final Object BUILD_LOCK = new Object();
    private static final String SELECTOR_SUFFIX = "-SelectorManager";

    private record Built(HttpClient client, Set<Thread> selectors) {
    }

    private final HttpSettings settings;
    private Built built;

    JdkClient(HttpSettings settings) {
        this.settings = settings;
    }

    synchronized HttpClient get() {
        if (built == null) {
            built = build(settings);
        }
        return built.client();
    }

    private static Built build(HttpSettings settings) {
        synchronized (BUILD_LOCK) {
            Set<Thread> before = selectorThreads();
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(settings.connectTimeout())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
            Set<Thread> ours = selectorThreads();
            ours.removeAll(before);
            return new Built(client, ours);
        }
    }

    private static Set<Thread> selectorThreads() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int n = root.enumerate(threads, true);
        Set<Thread> out = new HashSet<>();
        for (Thread t : Arrays.asList(threads).subList(0, n)) {
            if (t.getName().endsWith(SELECTOR_SUFFIX)) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public synchronized void close() {
        if (built == null) {
            return;
        }
        if (built.client() instanceof AutoCloseable closeable) {
            try {
                closeable.close();
                return;
            } catch (Exception ignored) {
                // fall back to stopping the selector thread
            }
        }
        List.copyOf(built.selectors()).forEach(Thread::interrupt);
    }
}
