package io.kubesteward.app;

import io.kubesteward.config.ChartRepositoryConfig;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.StewardConfig;
import io.kubesteward.declarations.ScanResult;
import io.kubesteward.gitops.LocalRepository;
import io.kubesteward.gitops.RepositoryUnreadable;
import io.kubesteward.model.SourceFile;
import io.kubesteward.pipeline.Extracted;
import io.kubesteward.pipeline.PlanPipeline;
import io.kubesteward.pipeline.PlanRequest;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.planning.Planner;
import io.kubesteward.policy.Policy;
import io.kubesteward.report.Report;
import io.kubesteward.report.ReportBuilder;
import io.kubesteward.versioning.VersionSchemes;
import io.kubesteward.yamledit.ProposalEditor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Builds the real adapters for one planning pass over a working tree and runs it. */
final class Planning {
    private Planning() {
    }

    static Planned run(Path root, StewardConfig config, Instant now, Progress progress) throws ConfigError, RepositoryUnreadable {
        long started = System.nanoTime();
        progress.step("reading " + root);
        LocalRepository.Contents contents = new LocalRepository(root).read();
        Planner planner = new Planner(VersionSchemes::forDeclaration, new Policy(config.packageRules())::forDeclaration, now);
        ProposalEditor editor = Editor.editor(config.charts());
        try (SourceSet sources = SourceSet.from(config, new Secrets(System.getenv()))) {
            PlanRequest request = new PlanRequest(contents.files(), contents.problems(), extractors(editor),
                    sources.byKind(), aliases(config.repositories()), planner, Editor.from(editor));
            PlanPipeline.Result result = new PlanPipeline(progress).run(request);
            long millis = (System.nanoTime() - started) / 1_000_000;
            Map<String, ReportBuilder.EditFacts> editFacts = new HashMap<>();
            result.edits().forEach((branch, edited) -> editFacts.put(branch, new ReportBuilder.EditFacts(edited.notes(), edited.failure())));
            Report report = ReportBuilder.build(result.plan(), new ReportBuilder.RunFacts(StewardVersion.get(),
                    root.toAbsolutePath().normalize().toString(), now, contents.files().size(), millis, sources.stats(),
                    result.problems(), editFacts));
            return new Planned(contents, result, report);
        }
    }

    private static Function<List<SourceFile>, Extracted> extractors(ProposalEditor editor) {
        return files -> {
            ScanResult scan = editor.scan(files);
            return new Extracted(scan.declarations(), scan.problems());
        };
    }

    private static Map<String, String> aliases(List<ChartRepositoryConfig> repositories) {
        Map<String, String> out = new HashMap<>();
        repositories.stream().filter(r -> r.alias() != null).forEach(r -> out.put(r.alias(), r.url()));
        return out;
    }
}
