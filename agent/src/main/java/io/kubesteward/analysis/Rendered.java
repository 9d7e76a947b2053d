package io.kubesteward.analysis;

/**
 * One version of the chart as Helm rendered it with the release's values: the manifest, or why there is none.
 * {@code helmRefused} tells Helm's own refusal (the chart's templates or the values are at fault, a finding) from a
 * render Steward could not complete (a timeout, a full disk: nothing is known about the chart).
 */
public record Rendered(String manifest, String failure, boolean helmRefused) {
    public Rendered {
        if ((manifest == null) == (failure == null)) {
            throw new IllegalArgumentException("a render has either a manifest or a failure");
        }
    }

    public static Rendered of(String manifest) {
        return new Rendered(manifest, null, false);
    }

    /** Helm refused: its message. */
    public static Rendered failed(String why) {
        return new Rendered(null, why, true);
    }

    /** Steward could not render (it did not hear from Helm): why, in words. */
    public static Rendered notRendered(String why) {
        return new Rendered(null, why, false);
    }

    public boolean ok() {
        return manifest != null;
    }
}
