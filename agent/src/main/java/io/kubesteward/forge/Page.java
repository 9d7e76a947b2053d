package io.kubesteward.forge;

import java.util.List;

/** One page of a list, and the route of the next page, or null on the last. */
public record Page<T>(List<T> items, String nextRoute) {
    public Page {
        items = List.copyOf(items);
    }
}
