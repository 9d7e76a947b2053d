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
 * as read (live or from a snapshot), or null when no cluster was given, what rightsizing that
 * cluster needs (null: no rightsizing), and what upgrade analysis of charts needs (null: no analysis).
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
        RightsizingRequest rightsizing,
        ChartInsight insight) {

    /** Without upgrade analysis. */
    public PlanRequest(List<SourceFile> files, List<Problem> readProblems, Function<List<SourceFile>, Extracted> extractors,
                       Map<SourceKind, ReleaseSource> sources, Map<String, String> repositoryAliases, Planner planner,
                       ProposalEdits edits, ClusterInventory cluster, RightsizingRequest rightsizing) {
        this(files, readProblems, extractors, sources, repositoryAliases, planner, edits, cluster, rightsizing, null);
    }

    /** With a cluster and no rightsizing wired. */
    public PlanRequest(List<SourceFile> files, List<Problem> readProblems, Function<List<SourceFile>, Extracted> extractors,
                       Map<SourceKind, ReleaseSource> sources, Map<String, String> repositoryAliases, Planner planner,
                       ProposalEdits edits, ClusterInventory cluster) {
        this(files, readProblems, extractors, sources, repositoryAliases, planner, edits, cluster, null, null);
    }

    /** A plan of the repository alone: no cluster was read. */
    public PlanRequest(List<SourceFile> files, List<Problem> readProblems, Function<List<SourceFile>, Extracted> extractors,
                       Map<SourceKind, ReleaseSource> sources, Map<String, String> repositoryAliases, Planner planner,
                       ProposalEdits edits) {
        this(files, readProblems, extractors, sources, repositoryAliases, planner, edits, null, null, null);
    }
}
