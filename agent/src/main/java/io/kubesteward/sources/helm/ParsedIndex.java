package io.kubesteward.sources.helm;

import io.kubesteward.model.Release;
import java.util.List;
import java.util.Map;

/**
 * The wanted part of an index: releases of the charts asked for that the index lists (in index
 * order), and how many charts it lists in all.
 */
record ParsedIndex(Map<String, List<Release>> charts, int chartsListed) {
    int entriesKept() {
        return charts.values().stream().mapToInt(List::size).sum();
    }
}
