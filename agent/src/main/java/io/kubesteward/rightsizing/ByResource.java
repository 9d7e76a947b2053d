package io.kubesteward.rightsizing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Immutable maps by resource that iterate cpu before memory, so tables and reports come out in a stable order. */
final class ByResource {
    private ByResource() {
    }

    static <V> Map<Resource, V> copy(Map<Resource, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        EnumMap<Resource, V> copy = new EnumMap<>(Resource.class);
        map.forEach((k, v) -> {
            if (k == null || v == null) {
                throw new IllegalArgumentException("resource maps hold no nulls: " + map);
            }
            copy.put(k, v);
        });
        return Collections.unmodifiableMap(copy);
    }
}
