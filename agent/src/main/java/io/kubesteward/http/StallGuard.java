package io.kubesteward.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Aborts a body that stops arriving. The JDK client's request timeout ends when the headers
 * arrive; without this a server that stalls mid-body would hang a run for ever.
 */
final class StallGuard implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "steward-http-stall-guard");
        t.setDaemon(true);
        return t;
    });

    /** Thrown by a guarded stream once no byte arrived for the idle time. */
    static final class Stalled extends IOException {
        Stalled() {
            super("the response body stopped arriving", null);
        }
    }

    InputStream guard(InputStream in, Duration idle) {
        Guarded g = new Guarded(in, idle.toNanos());
        long period = Math.max(10, idle.toMillis() / 4);
        g.check = timer.scheduleAtFixedRate(g::check, period, period, TimeUnit.MILLISECONDS);
        return g;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private static final class Guarded extends FilterInputStream {
        private final long idleNanos;
        private volatile long lastProgress = System.nanoTime();
        private volatile boolean stalled;
        private ScheduledFuture<?> check;

        Guarded(InputStream in, long idleNanos) {
            super(in);
            this.idleNanos = idleNanos;
        }

        void check() {
            if (!stalled && System.nanoTime() - lastProgress > idleNanos) {
                stalled = true;
                try {
                    in.close();
                } catch (IOException ignored) {
                    // the reader sees the stall either way
                }
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = in.read(b, off, len);
            } catch (IOException e) {
                throw stalled ? new Stalled() : e;
            }
            if (stalled) {
                throw new Stalled();
            }
            lastProgress = System.nanoTime();
            return n;
        }

        @Override
        public void close() throws IOException {
            check.cancel(false);
            super.close();
        }
    }
}
