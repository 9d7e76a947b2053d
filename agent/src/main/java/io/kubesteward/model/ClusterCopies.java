package io.kubesteward.model;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Defensive copies for the cluster records: null becomes empty, maps are sorted by key so that two
 * reads of the same cluster (live or snapshot) print and compare alike.
 */
final class ClusterCopies {
    private ClusterCopies() {
    }

    static SortedMap<String, String> map(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return Collections.emptySortedMap();
        }
        return Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <T> List<T> sorted(List<T> list, Comparator<? super T> order) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        return list.stream().sorted(order).toList();
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    static Comparator<String> nullsFirst() {
        return Comparator.nullsFirst(Comparator.naturalOrder());
    }
}
