package io.kubesteward.cli;

import io.kubesteward.app.ClusterChoice;
import io.kubesteward.app.RunOptions;
import io.kubesteward.app.StewardApp;
import io.kubesteward.app.StewardVersion;
import io.kubesteward.app.Unattended;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ForgeConfig;
import io.kubesteward.observability.RunMetrics;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.report.Report;
import io.kubesteward.scheduling.RunStop;
import io.kubesteward.scheduling.TerminationSignals;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true, description = {
    "Do it: clone or fetch the repository, plan on its base branch, push a branch per proposal and open or update its pull request.",
    "Never pushes to the base branch, never merges. Per-proposal failures are in the report; the run goes on.",
    "On SIGTERM it finishes the proposal it is delivering and stops."})
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    private StewardCommand root;

    @Option(names = "--repo", paramLabel = "URL|DIR",
            description = "The repository: a clone URL, or a local checkout whose 'origin' is used (overrides git.url).")
    private String repo;

    @Option(names = "--forge", paramLabel = "KIND", description = "github, gitlab, gitea or none (overrides forge.type).")
    private ForgeConfig.ForgeType forge;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of rule files (kind: Rules), applied after the repository's .steward/ and before --config.")
    private Path rules;

    @Option(names = "--config", paramLabel = "FILE",
            description = "A config file (kind: Config): git, forge, http and rules; the repository's .steward/ files apply too.")
    private Path config;

    @Mixin
    private ClusterFlags cluster;

    @Mixin
    private FailOnFlag failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Report format: table (fits the terminal, wraps reasons), wide (one line per row, nothing cut), json, yaml, markdown, tsv or html (one self-contained page with pictures) (default: ${DEFAULT-VALUE}).")
    private OutputFormat output;

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
        RunStop stop = new RunStop(Duration.ofSeconds(25));
        TerminationSignals.install(stop);
        try {
            Unattended.Outcome outcome = new Unattended(new StewardApp(WallClock.UTC, progress), WallClock.UTC,
                    new RunMetrics(StewardVersion.get()), true).run("run", new RunOptions(config, rules, repo, forge).withCluster(choice), stop.token());
            if (outcome.failure() instanceof ConfigError e) {
                return Failures.report(terminal, root.stacktrace(), e, e.oneLine(), ExitCodes.USAGE);
            }
            if (outcome.failure() != null) {
                return Failures.report(terminal, root.stacktrace(), outcome.failure(), outcome.failure().getMessage(), ExitCodes.SYSTEMIC);
            }
            Report report = outcome.report().orElseThrow();
            output.renderer(terminal.columns()).render(report, terminal.out());
            terminal.out().flush();
            if (outcome.summary().deliveredNothing()) {
                // a CronJob must not look successful when the run did nothing
                return Failures.report(terminal, false, null, "no proposal could be delivered; the first failure: "
                        + report.deliveries().get(0).detail(), ExitCodes.SYSTEMIC);
            }
            return failOn.exitCode(report, terminal, ExitCodes.OK);
        } catch (IOException e) {
            return Failures.report(terminal, root.stacktrace(), e, "cannot write the report: " + e.getMessage(), ExitCodes.SYSTEMIC);
        } finally {
            stop.finished();
        }
    }
}
