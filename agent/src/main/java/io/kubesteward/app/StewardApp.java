package io.kubesteward.app;

import io.kubesteward.config.ChartRepositoryConfig;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ConfigFiles;
import io.kubesteward.config.ConfigLoader;
import io.kubesteward.config.StewardConfig;
import io.kubesteward.declarations.DeclarationScanner;
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
import io.kubesteward.yamledit.UnifiedDiff;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The composition root: real adapters from configuration, handed to the pipeline. */
public final class StewardApp {
    private final Clock clock;
    private final Progress progress;

    public StewardApp(Clock clock, Progress progress) {
        this.clock = clock;
        this.progress = progress;
    }

    /** Loads and checks every configuration layer; throws on the first error. */
    public StewardConfig validate(PlanOptions options) throws ConfigError {
        return new ConfigFiles(new ConfigLoader(VersionSchemes.helm())).load(options.repo(), options.config());
    }

    public Report plan(PlanOptions options) throws ConfigError, RepositoryUnreadable {
        return planWithPatches(options).report();
    }

    /** The plan, with each proposal's edit made, confirmed and kept as a patch. */
    public PlanOutcome planWithPatches(PlanOptions options) throws ConfigError, RepositoryUnreadable {
        long started = System.nanoTime();
        StewardConfig config = validate(options);
        LocalRepository repository = new LocalRepository(options.repo());
        progress.step("reading " + options.repo());
        LocalRepository.Contents contents = repository.read();
        Instant now = clock.instant();
        Planner planner = new Planner(VersionSchemes::forDeclaration, new Policy(config.packageRules())::forDeclaration, now);
        try (SourceSet sources = SourceSet.from(config, new Secrets(System.getenv()))) {
            PlanRequest request = new PlanRequest(contents.files(), contents.problems(), extractors(),
                    sources.byKind(), aliases(config.repositories()), planner, Editor.from(config.charts()));
            PlanPipeline.Result result = new PlanPipeline(progress).run(request);
            long millis = (System.nanoTime() - started) / 1_000_000;
            Map<String, ReportBuilder.EditFacts> editFacts = new HashMap<>();
            Map<String, String> patches = new HashMap<>();
            result.edits().forEach((branch, edited) -> {
                editFacts.put(branch, new ReportBuilder.EditFacts(edited.notes(), edited.failure()));
                if (edited.ok()) {
                    patches.put(branch, UnifiedDiff.between(contents.files(), edited.changed()));
                }
            });
            Report report = ReportBuilder.build(result.plan(), new ReportBuilder.RunFacts(StewardVersion.get(),
                    options.repo().toAbsolutePath().normalize().toString(), now, contents.files().size(), millis, sources.stats(),
                    result.problems(), editFacts));
            return new PlanOutcome(report, patches);
        }
    }

    private static Function<List<SourceFile>, Extracted> extractors() {
        DeclarationScanner scanner = DeclarationScanner.standard();
        return files -> {
            ScanResult scan = scanner.scan(files);
            return new Extracted(scan.declarations(), scan.problems());
        };
    }

    private static Map<String, String> aliases(List<ChartRepositoryConfig> repositories) {
        Map<String, String> out = new HashMap<>();
        repositories.stream().filter(r -> r.alias() != null).forEach(r -> out.put(r.alias(), r.url()));
        return out;
    }
}
