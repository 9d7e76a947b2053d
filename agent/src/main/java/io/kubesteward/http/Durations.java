package io.kubesteward.http;

import java.time.Duration;

/** Sizes and durations as people read them. */
final class Durations {
    private Durations() {
    }

    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format("%.1f s", ms / 1000.0);
    }

    static String bytes(long n) {
        if (n >= HttpSettings.MIB && n % HttpSettings.MIB == 0) {
            return n / HttpSettings.MIB + " MiB";
        }
        if (n >= 1024 && n % 1024 == 0) {
            return n / 1024 + " KiB";
        }
        return n + " bytes";
    }
}
