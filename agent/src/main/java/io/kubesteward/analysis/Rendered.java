package io.kubesteward.analysis;

/** One version of the chart as Helm rendered it with the release's values: the manifest, or Helm's refusal. */
public record Rendered(String manifest, String failure) {
    public Rendered {
        if ((manifest == null) == (failure == null)) {
            throw new IllegalArgumentException("a render has either a manifest or a failure");
        }
    }

    public static Rendered of(String manifest) {
        return new Rendered(manifest, null);
    }

    public static Rendered failed(String why) {
        return new Rendered(null, why);
    }

    public boolean ok() {
        return manifest != null;
    }
}
