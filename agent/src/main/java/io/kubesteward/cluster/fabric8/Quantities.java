package io.kubesteward.cluster.fabric8;

import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Map;
import java.util.TreeMap;

/** fabric8 quantities back to the string the object holds ({@code 500m}, {@code 262144k}, {@code 0.5}). */
final class Quantities {
    private Quantities() {
    }

    static String text(Quantity quantity) {
        if (quantity == null || quantity.getAmount() == null) {
            return null;
        }
        return quantity.getAmount() + (quantity.getFormat() == null ? "" : quantity.getFormat());
    }

    static Map<String, String> texts(Map<String, Quantity> quantities) {
        Map<String, String> texts = new TreeMap<>();
        if (quantities != null) {
            quantities.forEach((name, quantity) -> {
                String text = text(quantity);
                if (text != null) {
                    texts.put(name, text);
                }
            });
        }
        return texts;
    }
}
