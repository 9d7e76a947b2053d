package io.kubesteward.planning;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.policy.EffectivePolicy;
import io.kubesteward.versioning.VersionScheme;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which per-version details a plan still lacks, per package: digests for references that pin one
 * (the current tag, the chosen ones, {@code latest} for a digest-only reference) and release dates
 * for the newest candidates when a minimum release age applies. Registries answer these one version
 * at a time, so the pipeline asks only for these and plans again.
 */
final class DetailsNeeded {
    /** How many of the newest candidates get their dates fetched when a minimum age applies. */
    static final int DATED_CANDIDATES = 5;

    private DetailsNeeded() {
    }

    static Map<PackageRef, Planner.Needs> of(Plan plan, Map<?, LookupResult> lookups, Function<Declaration, EffectivePolicy> policy,
                                             Function<Declaration, VersionScheme> schemes, Instant now, KubernetesTarget kubernetes) {
        Map<PackageRef, Set<String>> digests = new HashMap<>();
        Map<PackageRef, Set<String>> dates = new HashMap<>();
        for (Outcome o : plan.outcomes()) {
            Declaration d = o.declaration();
            LookupResult result = d.skipped() ? null : lookups.get(d.pkg());
            if (result == null || !result.ok()) {
                continue;
            }
            if (d.currentDigest() != null) {
                Set<String> wanted = digests.computeIfAbsent(d.pkg(), k -> new LinkedHashSet<>());
                wanted.add(d.currentValue() == null ? "latest" : d.currentValue().trim());
                if (d.currentValue() != null) {
                    // what would be chosen if the digest were known: those versions need theirs
                    Declaration unpinned = d.withDigest(null, null);
                    new VersionChooser(schemes.apply(d), now, kubernetes).choose(unpinned, result.releases(), policy.apply(d))
                            .updates().stream().map(Update::newValue).forEach(wanted::add);
                }
            }
            if (!policy.apply(d).minimumReleaseAge().isZero() && d.currentValue() != null) {
                newestCandidates(d, result.releases(), schemes.apply(d))
                        .forEach(v -> dates.computeIfAbsent(d.pkg(), k -> new LinkedHashSet<>()).add(v));
            }
        }
        Map<PackageRef, Planner.Needs> needs = new HashMap<>();
        Set<PackageRef> packages = new LinkedHashSet<>(digests.keySet());
        packages.addAll(dates.keySet());
        for (PackageRef p : packages) {
            needs.put(p, new Planner.Needs(digests.getOrDefault(p, Set.of()), dates.getOrDefault(p, Set.of())));
        }
        return needs;
    }

    private static List<String> newestCandidates(Declaration d, List<Release> releases, VersionScheme scheme) {
        String current = d.currentValue().trim();
        if (!scheme.isValid(current)) {
            return List.of();
        }
        return releases.stream()
                .filter(r -> r.created() == null && scheme.isValid(r.version()) && scheme.isCompatible(r.version(), current))
                .filter(r -> scheme.comparator().compare(r.version(), current) > 0)
                .map(Release::version)
                .sorted(scheme.comparator().reversed())
                .limit(DATED_CANDIDATES)
                .toList();
    }

}
