package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.Quantity;

/** Quantity texts read without throwing: the repository and the cluster may hold anything. */
final class Quantities {
    private Quantities() {
    }

    /** The quantity, or null when the text is none or not a Kubernetes quantity. */
    static Quantity parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Quantity.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean sameAmount(String a, String b) {
        Quantity x = parse(a);
        Quantity y = parse(b);
        return x != null && x.equals(y);
    }
}
