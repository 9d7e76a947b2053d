package io.kubesteward.pipeline;

import io.kubesteward.addons.AddonCatalogue;
import io.kubesteward.addons.AddonFinder;
import io.kubesteward.addons.AddonLinks;
import io.kubesteward.addons.AddonLookups;
import io.kubesteward.addons.AddonStatus;
import io.kubesteward.addons.ClusterFindings;
import io.kubesteward.addons.Drift;
import io.kubesteward.addons.FoundAddon;
import io.kubesteward.addons.Running;
import io.kubesteward.addons.VersionVerdict;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.planning.Outcome;
import io.kubesteward.planning.Plan;
import io.kubesteward.planning.Planner;
import io.kubesteward.planning.Status;
import io.kubesteward.planning.Update;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cluster's part of a plan: the catalogue's add-ons found in the inventory and linked to the
 * declarations that manage them; the unmanaged ones looked up in the same pass as the repository's
 * packages and judged by the same policy (as declarations that never become proposals); and drift.
 */
final class ClusterStep {
    private final ClusterInventory cluster;
    private final List<Declaration> declarations;
    private final Map<FoundAddon, List<Declaration>> managing = new LinkedHashMap<>();
    private final Map<FoundAddon, Declaration> lookups = new HashMap<>();

    private ClusterStep(ClusterInventory cluster, AddonCatalogue catalogue, List<Declaration> declarations) {
        this.cluster = cluster;
        this.declarations = declarations;
        if (cluster == null) {
            return;
        }
        for (FoundAddon found : AddonFinder.find(cluster, catalogue)) {
            List<Declaration> linked = AddonLinks.managing(found, declarations);
            managing.put(found, linked);
            Declaration lookup = linked.isEmpty() ? AddonLookups.declaration(found, Running.of(found)) : null;
            if (lookup != null) {
                lookups.put(found, lookup);
            }
        }
    }

    /** {@code cluster} null: no cluster was read, and the step adds nothing. */
    static ClusterStep of(ClusterInventory cluster, AddonCatalogue catalogue, List<Declaration> declarations) {
        return new ClusterStep(cluster, catalogue, declarations);
    }

    /** The repository's declarations followed by the unmanaged add-ons', for one lookup pass. */
    List<Declaration> withLookups(List<Declaration> repository) {
        List<Declaration> all = new ArrayList<>(repository);
        lookups.values().stream().sorted(Comparator.comparing(Declaration::file)).forEach(all::add);
        return all;
    }

    /** Null when no cluster was read. */
    ClusterFindings finish(Planner planner, Plan plan, Map<PackageRef, LookupResult> results) {
        if (cluster == null) {
            return null;
        }
        Map<Declaration, Outcome> outcomes = new HashMap<>();
        plan.outcomes().forEach(o -> outcomes.putIfAbsent(o.declaration(), o));
        Map<Update, String> branchOf = new HashMap<>();
        plan.proposals().forEach(p -> p.updates().forEach(u -> branchOf.put(u, p.branch())));
        List<AddonStatus> statuses = new ArrayList<>();
        managing.forEach((found, linked) -> {
            Running running = Running.of(found);
            if (!linked.isEmpty()) {
                Declaration deciding = AddonLinks.deciding(linked, running.version());
                statuses.add(AddonStatus.of(found, running, linked, deciding.pkg(), verdict(outcomes.get(deciding), branchOf)));
            } else {
                statuses.add(AddonStatus.of(found, running, linked, running.source(), unmanaged(found, running, planner, results)));
            }
        });
        return new ClusterFindings(statuses, Drift.find(cluster, declarations), cluster.unreadable());
    }

    private VersionVerdict unmanaged(FoundAddon found, Running running, Planner planner, Map<PackageRef, LookupResult> results) {
        Declaration lookup = lookups.get(found);
        if (lookup == null) {
            return VersionVerdict.notLookedUp(running.version() == null
                    ? "the cluster shows no version for it (" + running.from() + ")"
                    : "the catalogue names no source for its " + running.from() + "; add 'chart' or 'image' to its catalogue entry");
        }
        LookupResult result = results.get(lookup.pkg());
        if (result != null && result.ok() && found.definition().followsServerVersion()) {
            result = LookupResult.found(result.pkg(), AddonLookups.withinServerMinor(result.releases(), cluster.serverVersion()));
        }
        Map<PackageRef, LookupResult> own = result == null ? Map.of() : Map.of(lookup.pkg(), result);
        return verdict(planner.plan(List.of(lookup), own).outcomes().get(0), Map.of());
    }

    private static VersionVerdict verdict(Outcome outcome, Map<Update, String> branchOf) {
        if (outcome == null) {
            return VersionVerdict.notLookedUp("the plan has no outcome for its declaration");
        }
        String current = outcome.declaration().currentValue();
        Update furthest = outcome.updates().stream().max(Comparator.comparing(Update::type)).orElse(null);
        boolean known = outcome.status() == Status.NO_UPDATE || outcome.status() == Status.HELD_BACK;
        String allowed = furthest != null ? furthest.newValue() : known ? current : null;
        String newest = outcome.newestOverall() != null ? outcome.newestOverall() : outcome.status() == Status.NO_UPDATE ? current : null;
        List<String> proposals = outcome.updates().stream().map(branchOf::get).filter(Objects::nonNull).distinct().toList();
        return new VersionVerdict(outcome.status().id(), allowed, newest, outcome.reason(), proposals);
    }
}
