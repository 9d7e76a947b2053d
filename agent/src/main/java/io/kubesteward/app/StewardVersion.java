package io.kubesteward.app;

/** The version Maven stamped into the jar, for the CLI and reports (read once, by the HTTP caller's copy). */
public final class StewardVersion {
    private StewardVersion() {
    }

    public static String get() {
        return io.kubesteward.http.StewardVersion.version();
    }
}
