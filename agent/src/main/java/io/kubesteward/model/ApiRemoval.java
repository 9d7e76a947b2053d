package io.kubesteward.model;

/**
 * An API version Kubernetes stops serving for a kind: from {@code removedIn} (a minor, {@code 1.25}) on, the API
 * server refuses objects written with it, so a chart that renders it cannot be installed or upgraded there.
 * {@code replacement} is the version to write instead, or null when the kind went away entirely.
 */
public record ApiRemoval(String apiVersion, String kind, String removedIn, String replacement) {
    public ApiRemoval {
        if (apiVersion == null || kind == null || removedIn == null || !removedIn.matches("\\d+\\.\\d+")) {
            throw new IllegalArgumentException("an API removal needs apiVersion, kind and removedIn as MAJOR.MINOR");
        }
    }

    /** The minor as a number, {@code 25} for {@code 1.25}. */
    public int removedInMinor() {
        return Integer.parseInt(removedIn.substring(removedIn.indexOf('.') + 1));
    }
}
