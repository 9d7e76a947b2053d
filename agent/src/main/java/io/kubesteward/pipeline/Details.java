package io.kubesteward.pipeline;

import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.planning.Planner;
import io.kubesteward.sources.DigestResolver;
import io.kubesteward.sources.ReleaseSource;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Fills in the per-version details (digests, dates) a plan asked for, from sources that can
 * answer them, remembering what was already asked so the loop ends.
 */
final class Details {
    private final Map<PackageRef, Set<String>> askedDigests = new HashMap<>();
    private final Map<PackageRef, Set<String>> askedDates = new HashMap<>();

    /** The completed results, or null when nothing new can be asked. */
    Map<PackageRef, LookupResult> complete(Map<PackageRef, Planner.Needs> needs, Map<PackageRef, LookupResult> results,
                                           Map<io.kubesteward.model.SourceKind, ReleaseSource> sources) {
        Map<PackageRef, LookupResult> completed = new HashMap<>(results);
        boolean asked = false;
        for (Map.Entry<PackageRef, Planner.Needs> e : needs.entrySet()) {
            PackageRef pkg = e.getKey();
            if (!(sources.get(pkg.kind()) instanceof DigestResolver resolver) || !results.containsKey(pkg)) {
                continue;
            }
            Set<String> digests = fresh(askedDigests, pkg, e.getValue().digests());
            Set<String> dates = fresh(askedDates, pkg, e.getValue().dates());
            if (!digests.isEmpty() || !dates.isEmpty()) {
                completed.put(pkg, resolver.complete(completed.get(pkg), digests, dates));
                asked = true;
            }
        }
        return asked ? completed : null;
    }

    private static Set<String> fresh(Map<PackageRef, Set<String>> asked, PackageRef pkg, Set<String> wanted) {
        Set<String> before = asked.computeIfAbsent(pkg, k -> new HashSet<>());
        Set<String> fresh = new HashSet<>(wanted);
        fresh.removeAll(before);
        before.addAll(fresh);
        return fresh;
    }
}
