package io.kubesteward.pipeline;

import io.kubesteward.analysis.Finding;
import io.kubesteward.analysis.Impact;
import io.kubesteward.analysis.Severity;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.ReleaseRef;
import io.kubesteward.planning.Outcome;
import io.kubesteward.planning.Plan;
import io.kubesteward.planning.Proposal;
import io.kubesteward.planning.Update;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Releases that wait for one another (Flux {@code dependsOn}: a CRD chart before the chart whose objects need those
 * CRDs), named in each other's impact: an upgrade that waits for a release Steward also upgrades needs attention
 * (merge that one first, or both together), with the version it moves to and its branch; the release others wait for
 * names them.
 */
final class CompanionReleases {
    private CompanionReleases() {
    }

    /** {@code analysed}'s impacts with the order findings added. */
    static Map<Update, Update> add(Plan plan, Map<Update, Update> analysed, ChartInsight insight) {
        Map<ReleaseRef, List<Declaration>> byObject = new LinkedHashMap<>();
        for (Outcome o : plan.outcomes()) {
            insight.object(o.declaration()).ifPresent(ref -> {
                List<Declaration> same = byObject.computeIfAbsent(ref, r -> new ArrayList<>());
                if (!same.contains(o.declaration())) {
                    same.add(o.declaration());
                }
            });
        }
        if (byObject.isEmpty()) {
            return analysed;
        }
        Map<Update, Update> out = new LinkedHashMap<>();
        analysed.forEach((original, update) -> {
            List<Finding> more = new ArrayList<>();
            Declaration d = original.declaration();
            for (ReleaseRef waitsFor : insight.dependsOn(d)) {
                nearest(d, byObject.getOrDefault(waitsFor, List.of())).ifPresent(companion -> more.add(waitingFor(waitsFor, companion, plan)));
            }
            insight.object(d).ifPresent(self -> byObject.forEach((ref, others) -> others.forEach(other -> {
                if (!other.equals(d) && insight.dependsOn(other).contains(self)
                        && nearest(other, byObject.get(self)).filter(d::equals).isPresent()) {
                    more.add(new Finding(Severity.INFORMATION, "order", ref.shown() + " (chart " + chartOf(other) + ") waits for this release:"
                            + " Flux upgrades it only once this one is ready" + proposed(other, plan).map(p -> "; Steward proposes "
                            + p + " too").orElse(""), List.of("Its spec.dependsOn, in " + other.file() + ".")));
                }
            })));
            out.put(original, more.isEmpty() ? update : update.withImpact(with(update.impact(), more)));
        });
        return out;
    }

    /**
     * The one declaration of that release object closest to {@code d} in the repository: the same HelmRelease name
     * may stand in several clusters' folders (its namespace then comes from a Kustomization), and the one beside
     * {@code d} is the one Flux orders it after. Empty when two are equally close.
     */
    private static Optional<Declaration> nearest(Declaration d, List<Declaration> candidates) {
        int best = -1;
        Declaration found = null;
        boolean tie = false;
        for (Declaration c : candidates) {
            int shared = sharedFolders(d.file(), c.file());
            if (shared > best) {
                best = shared;
                found = c;
                tie = false;
            } else if (shared == best) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(found);
    }

    private static int sharedFolders(String a, String b) {
        String[] x = a.split("/");
        String[] y = b.split("/");
        int n = 0;
        while (n < x.length - 1 && n < y.length - 1 && x[n].equals(y[n])) {
            n++;
        }
        return n;
    }

    private static Finding waitingFor(ReleaseRef ref, Declaration companion, Plan plan) {
        Optional<String> pending = proposed(companion, plan);
        if (pending.isPresent()) {
            return new Finding(Severity.ATTENTION, "order", "waits for " + ref.shown() + ", which Steward also upgrades (" + pending.get()
                    + "): merge that one first, or both together; Flux upgrades this release only once it is ready",
                    List.of("spec.dependsOn names it; it is declared in " + companion.file() + "."));
        }
        return new Finding(Severity.INFORMATION, "order", "waits for " + ref.shown() + " (chart " + chartOf(companion) + " "
                + companion.currentValue() + "), which stays as it is", List.of("It is declared in " + companion.file() + "."));
    }

    /** "chart 11.0.0 → 12.0.0 in steward/chart/x" for the companion's first proposed update, if any. */
    private static Optional<String> proposed(Declaration companion, Plan plan) {
        for (Proposal p : plan.proposals()) {
            for (Update u : p.updates()) {
                if (u.declaration().equals(companion)) {
                    return Optional.of(chartOf(companion) + " " + companion.currentValue() + " → " + u.newValue() + " in " + p.branch());
                }
            }
        }
        return Optional.empty();
    }

    private static String chartOf(Declaration d) {
        return d.pkg() != null ? d.pkg().name() : d.name();
    }

    private static Impact with(Impact impact, List<Finding> more) {
        List<Finding> all = new ArrayList<>(impact.findings());
        all.addAll(more);
        return new Impact(all, impact.notRead(), impact.compared());
    }
}
