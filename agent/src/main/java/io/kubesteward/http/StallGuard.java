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
 * Aborts a body that stops arriving, or that drips so slowly it would never end. The JDK client's
 * request timeout ends when the headers arrive; without this a server that stalls mid-body, or
 * sends a byte just often enough, would hang a run for ever.
 */
final class StallGuard implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "steward-http-stall-guard");
        t.setDaemon(true);
        return t;
    });

    /** How many request timeouts a whole body may take, however steadily it arrives. */
    static final int WHOLE_BODY_TIMEOUTS = 10;

    /** Thrown by a guarded stream once no byte arrived for the idle time, or the whole body took too long. */
    static final class Stalled extends IOException {
        private final boolean dripping;

        Stalled(boolean dripping) {
            super(dripping ? "the response body arrived too slowly" : "the response body stopped arriving", null);
            this.dripping = dripping;
        }

        /** Bytes kept coming, but the whole body outlasted {@link #WHOLE_BODY_TIMEOUTS} request timeouts. */
        boolean dripping() {
            return dripping;
        }
    }

    /** Guards {@code in}: at most {@code idle} without a byte, at most {@link #WHOLE_BODY_TIMEOUTS} × {@code idle} in all. */
    InputStream guard(InputStream in, Duration idle) {
        Guarded g = new Guarded(in, idle.toNanos(), idle.toNanos() * WHOLE_BODY_TIMEOUTS);
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
        private final long wholeNanos;
        private final long started = System.nanoTime();
        private volatile long lastProgress = started;
        private volatile boolean stalled;
        private volatile boolean dripping;
        private ScheduledFuture<?> check;

        Guarded(InputStream in, long idleNanos, long wholeNanos) {
            super(in);
            this.idleNanos = idleNanos;
            this.wholeNanos = wholeNanos;
        }

        void check() {
            long now = System.nanoTime();
            if (!stalled && (now - lastProgress > idleNanos || now - started > wholeNanos)) {
                dripping = now - lastProgress <= idleNanos;
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
                throw stalled ? new Stalled(dripping) : e;
            }
            if (stalled) {
                throw new Stalled(dripping);
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
