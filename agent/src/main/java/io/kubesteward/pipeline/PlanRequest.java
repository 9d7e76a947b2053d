package io.kubesteward.pipeline;

import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.Problem;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.SourceKind;
import io.kubesteward.planning.Planner;
import io.kubesteward.sources.ReleaseSource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything one planning run needs, built by the composition root: the files, the extractors,
 * the sources, repository aliases, the planner (policy and clock inside), the editor, and the cluster
 * as read (live or from a snapshot), or null when no cluster was given, and what rightsizing that
 * cluster needs (null: no rightsizing).
 */
public record PlanRequest(
        List<SourceFile> files,
        List<Problem> readProblems,
        Function<List<SourceFile>, Extracted> extractors,
        Map<SourceKind, ReleaseSource> sources,
        Map<String, String> repositoryAliases,
        Planner planner,
        ProposalEdits edits,
        ClusterInventory cluster,
        RightsizingRequest rightsizing) {

    /** With a cluster and no rightsizing wired. */
    public PlanRequest(List<SourceFile> files, List<Problem> readProblems, Function<List<SourceFile>, Extracted> extractors,
                       Map<SourceKind, ReleaseSource> sources, Map<String, String> repositoryAliases, Planner planner,
                       ProposalEdits edits, ClusterInventory cluster) {
        this(files, readProblems, extractors, sources, repositoryAliases, planner, edits, cluster, null);
    }

    /** A plan of the repository alone: no cluster was read. */
    public PlanRequest(List<SourceFile> files, List<Problem> readProblems, Function<List<SourceFile>, Extracted> extractors,
                       Map<SourceKind, ReleaseSource> sources, Map<String, String> repositoryAliases, Planner planner,
                       ProposalEdits edits) {
        this(files, readProblems, extractors, sources, repositoryAliases, planner, edits, null, null);
    }
}
