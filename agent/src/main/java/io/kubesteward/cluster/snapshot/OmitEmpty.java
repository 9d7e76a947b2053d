package io.kubesteward.cluster.snapshot;

import java.util.Collection;
import java.util.Map;

/**
 * Jackson's inclusion filter for the snapshot: leaves out nulls, empty lists and maps, and false,
 * which the records read back as the same. Empty strings are kept: "" and absent differ.
 */
final class OmitEmpty {
    @Override
    public boolean equals(Object value) {
        return value == null || Boolean.FALSE.equals(value) || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }

    @Override
    public int hashCode() {
        return 0;
    }
}
