package io.kubesteward.app;

import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.config.ChartRepositoryConfig;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.StewardConfig;
import io.kubesteward.declarations.ScanResult;
import io.kubesteward.gitops.LocalRepository;
import io.kubesteward.gitops.RepositoryUnreadable;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.SourceFile;
import io.kubesteward.pipeline.Extracted;
import io.kubesteward.pipeline.PlanPipeline;
import io.kubesteward.pipeline.PlanRequest;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.planning.KubernetesTarget;
import io.kubesteward.planning.Planner;
import io.kubesteward.policy.Policy;
import io.kubesteward.report.ClusterEntries;
import io.kubesteward.report.Report;
import io.kubesteward.report.ReportBuilder;
import io.kubesteward.report.RightsizingEntries;
import io.kubesteward.versioning.VersionSchemes;
import io.kubesteward.yamledit.ProposalEditor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the real adapters for one planning pass over a working tree and runs it. */
final class Planning {
    private Planning() {
    }

    /** {@code cluster}: which cluster the command line asks for; the config's {@code cluster:} section can ask too. */
    static Planned run(Path root, StewardConfig config, ClusterChoice cluster, Clock clock, Progress progress)
            throws ConfigError, RepositoryUnreadable, ClusterUnavailable {
        return run(root, null, config, cluster, clock, progress);
    }

    /** As above; {@code rulesDir} (may be null) is {@code --rules DIR}, whose {@code rightsizing/} folder adds rightsizing rules. */
    static Planned run(Path root, Path rulesDir, StewardConfig config, ClusterChoice cluster, Clock clock, Progress progress)
            throws ConfigError, RepositoryUnreadable, ClusterUnavailable {
        long started = System.nanoTime();
        Instant now = clock.instant();
        progress.step("reading " + root);
        LocalRepository local = new LocalRepository(root);
        LocalRepository.Contents contents = local.read();
        ClusterInventory inventory = ClusterAccess.read(cluster, config.cluster(), clock, progress);
        Planner planner = new Planner(VersionSchemes::forDeclaration, new Policy(config.packageRules())::forDeclaration, now)
                .withBranchPrefix(config.git().branchPrefix()).withKubernetes(kubernetes(inventory, config));
        ProposalEditor editor = Editor.editor(config.charts());
        try (SourceSet sources = SourceSet.from(config, new Secrets(System.getenv()), clock)) {
            ChartInsights insight = sources.insight(config, local, contents, kubernetes(inventory, config));
            PlanRequest request = new PlanRequest(contents.files(), contents.problems(), extractors(editor),
                    sources.byKind(), aliases(config.repositories()), planner, Editor.from(editor, contents.archives(), insight), inventory,
                    inventory == null ? null : history(tracing(Editor.rightsizing(root, rulesDir, editor, now), insight), root,
                    inventory.origin() != null && inventory.origin().readAt() != null ? inventory.origin().readAt() : now),
                    insight);
            PlanPipeline.Result result = new PlanPipeline(progress, AddonCatalogues.from(config.addons())).run(request);
            long millis = (System.nanoTime() - started) / 1_000_000;
            Map<String, ReportBuilder.EditFacts> editFacts = new HashMap<>();
            result.edits().forEach((branch, edited) -> editFacts.put(branch, new ReportBuilder.EditFacts(edited.notes(), edited.failure())));
            Report report = ClusterEntries.add(ReportBuilder.build(result.plan(), new ReportBuilder.RunFacts(StewardVersion.get(),
                    root.toAbsolutePath().normalize().toString(), now, contents.files().size(), millis, sources.stats(),
                    result.problems(), editFacts)), result.cluster());
            report = RightsizingEntries.add(report, result.rightsizing(), editFacts);
            return new Planned(contents, result, report);
        }
    }

    /** Helm-rendered workloads are traced to their values keys with the same archives and engine as upgrade analysis, when that is on. */
    private static io.kubesteward.pipeline.RightsizingRequest tracing(io.kubesteward.pipeline.RightsizingRequest request, ChartInsights insight) {
        return insight == null ? request : request.withTracing(insight);
    }

    /**
     * What Steward's merged rightsizing changes the checkout's history holds, for the cooldown and the OOM-raise limit:
     * the window ends when the cluster was read, the time the policy judges by.
     */
    private static io.kubesteward.pipeline.RightsizingRequest history(io.kubesteward.pipeline.RightsizingRequest request, Path root,
                                                                      Instant now) {
        try {
            return request.withHistory(io.kubesteward.gitops.jgit.RightsizingHistory.since(root,
                    now.minus(io.kubesteward.gitops.jgit.RightsizingHistory.WINDOW)), null);
        } catch (java.io.IOException | RuntimeException e) {
            return request.withHistory(java.util.List.of(), "the repository's history could not be read (" + e.getMessage()
                    + "): the cooldown after merged rightsizing changes and earlier OOM raises are not known");
        }
    }

    /** The version charts must install on: the cluster's when one was read, else the config's {@code charts.kubernetesVersion}. */
    private static KubernetesTarget kubernetes(ClusterInventory inventory, StewardConfig config) {
        KubernetesTarget read = inventory == null ? null : KubernetesTarget.of(inventory.serverVersion(), "the cluster");
        if (read != null) {
            return read;
        }
        String configured = config.charts().kubernetesVersion();
        return configured == null ? null : new KubernetesTarget(configured, "the cluster (charts.kubernetesVersion)");
    }

    private static Function<List<SourceFile>, Extracted> extractors(ProposalEditor editor) {
        return files -> {
            ScanResult scan = editor.scan(files);
            return new Extracted(scan.declarations(), scan.problems(), scan.resources());
        };
    }

    private static Map<String, String> aliases(List<ChartRepositoryConfig> repositories) {
        Map<String, String> out = new HashMap<>();
        repositories.stream().filter(r -> r.alias() != null).forEach(r -> out.put(r.alias(), r.url()));
        return out;
    }
}
