package io.kubesteward.sources.helm;

import io.kubesteward.model.Release;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A version an index lists twice with different digests was published twice with different
 * contents: which one Helm installs depends on the order of the entries (CVE-2020-15185), so
 * neither is trusted. Each such version stays listed, once, marked as distrusted. Pure.
 */
final class RepublishedVersions {
    private RepublishedVersions() {
    }

    static List<Release> distrust(List<Release> releases) {
        Map<String, Set<String>> digests = new LinkedHashMap<>();
        Map<String, Release> first = new LinkedHashMap<>();
        for (Release r : releases) {
            first.putIfAbsent(r.version(), r);
            if (r.digest() != null && !r.digest().isBlank()) {
                digests.computeIfAbsent(r.version(), v -> new LinkedHashSet<>()).add(r.digest());
            }
        }
        if (digests.values().stream().allMatch(d -> d.size() < 2)) {
            return releases;
        }
        List<Release> out = new ArrayList<>(first.size());
        for (Release r : first.values()) {
            Set<String> seen = digests.getOrDefault(r.version(), Set.of());
            out.add(seen.size() < 2 ? r : r.distrusted("the index lists it " + seen.size()
                    + " times with different digests, so which chart is installed depends on entry order; "
                    + "ask the repository's maintainers to publish a new version instead of replacing one"));
        }
        return out;
    }
}
