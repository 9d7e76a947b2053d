package io.kubesteward.cli;

import io.kubesteward.app.ClusterChoice;
import io.kubesteward.app.PlanOptions;
import io.kubesteward.app.PlanOutcome;
import io.kubesteward.app.StewardApp;
import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.config.ConfigError;
import io.kubesteward.gitops.RepositoryUnreadable;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "plan", mixinStandardHelpOptions = true, description = {
    "Dry run: scan the repository, look up newer chart versions and print the plan;",
    "with --cluster, --context or a cluster: config section, also the cluster's add-ons and drift.",
    "Writes nothing except the report on stdout and, with --out, one PR body per proposal."})
final class PlanCommand implements Callable<Integer> {
    @ParentCommand
    private StewardCommand root;

    @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".", description = "The GitOps repository's root (default: the current directory).")
    private Path repo;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of rule files (kind: Rules), applied after the repository's .steward/ and before --config.")
    private Path rules;

    @Option(names = "--config", paramLabel = "FILE", description = "A config file (kind: Config) applied over the repository's .steward/ files.")
    private Path config;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Report format: table (fits the terminal, wraps reasons), wide (one line per row, nothing cut), json, yaml, markdown, tsv or html (one self-contained page with pictures) (default: ${DEFAULT-VALUE}).")
    private OutputFormat output;

    @Mixin
    private ClusterFlags cluster;

    @Mixin
    private FailOnFlag failOn;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write each proposal's patch (<branch>.patch) and PR body (<branch>.md) into DIR.")
    private Path out;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Progress progress = terminal.progress() ? message -> terminal.err().println("· " + message) : Progress.SILENT;
        ClusterChoice choice;
        try {
            choice = cluster.choice();
        } catch (IllegalArgumentException e) {
            return Failures.report(terminal, root.stacktrace(), e, e.getMessage(), ExitCodes.USAGE);
        }
        try {
            Optional<String> unusable = out == null ? Optional.empty() : ProposalFiles.unusable(out);
            if (unusable.isPresent()) {
                terminal.err().println("steward: " + unusable.get());
                terminal.err().flush();
                return ExitCodes.USAGE;
            }
            PlanOutcome plan = new StewardApp(WallClock.UTC, progress).planWithPatches(new PlanOptions(repo, rules, config, choice));
            Report report = plan.report();
            output.renderer(terminal.columns()).render(report, terminal.out());
            terminal.out().flush();
            if (out != null) {
                int written = ProposalFiles.write(report, plan.patchByBranch(), out);
                progress.step("wrote " + written + " proposal file(s) to " + out);
            }
            return failOn.exitCode(report, terminal, ExitCodes.OK);
        } catch (ConfigError e) {
            return Failures.report(terminal, root.stacktrace(), e, e.oneLine(), ExitCodes.USAGE);
        } catch (RepositoryUnreadable | ClusterUnavailable e) {
            return Failures.report(terminal, root.stacktrace(), e, e.getMessage(), ExitCodes.SYSTEMIC);
        } catch (IOException e) {
            return Failures.report(terminal, root.stacktrace(), e, "cannot write the report: " + e.getMessage(), ExitCodes.SYSTEMIC);
        }
    }
}
