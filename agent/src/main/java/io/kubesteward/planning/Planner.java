package io.kubesteward.planning;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.policy.EffectivePolicy;
import io.kubesteward.versioning.VersionScheme;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Declarations + what the sources answered + policy → the plan. Pure: the clock is handed in. */
public final class Planner {
    private final Function<Declaration, VersionScheme> schemes;
    private final Function<Declaration, EffectivePolicy> policy;
    private final Instant now;
    private final String branchPrefix;
    private final KubernetesTarget kubernetes;

    /** {@code schemes} picks how each declaration's versions compare (helm, docker, maven…). */
    public Planner(Function<Declaration, VersionScheme> schemes, Function<Declaration, EffectivePolicy> policy, Instant now) {
        this(schemes, policy, now, ProposalGrouper.PREFIX, null);
    }

    private Planner(Function<Declaration, VersionScheme> schemes, Function<Declaration, EffectivePolicy> policy, Instant now,
                    String branchPrefix, KubernetesTarget kubernetes) {
        this.schemes = schemes;
        this.policy = policy;
        this.now = now;
        this.branchPrefix = branchPrefix;
        this.kubernetes = kubernetes;
    }

    /** The same planner naming branches under {@code prefix} (git.branchPrefix, e.g. {@code bots/}). */
    public Planner withBranchPrefix(String prefix) {
        return new Planner(schemes, policy, now, prefix, kubernetes);
    }

    /** The same planner proposing only chart versions Helm would install on {@code target} (null: any). */
    public Planner withKubernetes(KubernetesTarget target) {
        return new Planner(schemes, policy, now, branchPrefix, target);
    }

    /** Every declaration compared with one scheme. */
    public Planner(VersionScheme scheme, Function<Declaration, EffectivePolicy> policy, Instant now) {
        this(d -> scheme, policy, now);
    }

    /** Per-version details a package's plan still lacks: digests and release dates of named versions. */
    public record Needs(Set<String> digests, Set<String> dates) {
        public Needs {
            digests = Set.copyOf(digests);
            dates = Set.copyOf(dates);
        }
    }

    /** What to ask the registries for before planning again (see {@link DetailsNeeded}). */
    public Map<PackageRef, Needs> detailsNeeded(Plan plan, Map<?, LookupResult> lookups) {
        return DetailsNeeded.of(plan, lookups, policy, schemes, now, kubernetes);
    }

    public Plan plan(List<Declaration> declarations, Map<?, LookupResult> lookups) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Declaration d : declarations) {
            outcomes.add(outcome(d, lookups));
        }
        return new Plan(outcomes, ProposalGrouper.group(outcomes, branchPrefix, policy));
    }

    private Outcome outcome(Declaration d, Map<?, LookupResult> lookups) {
        if (d.skipped()) {
            return Outcome.of(d, Status.SKIPPED, d.skip().detail());
        }
        EffectivePolicy effective = policy.apply(d);
        LookupResult result = lookups.get(d.pkg());
        if (result == null) {
            return Outcome.of(d, Status.LOOKUP_FAILED, "no source can look up " + d.pkg().kind() + " packages yet");
        }
        if (!result.ok()) {
            return Outcome.of(d, Status.LOOKUP_FAILED, result.failure());
        }
        return new VersionChooser(schemes.apply(d), now, kubernetes).choose(d, result.releases(), effective);
    }
}
