package io.kubesteward.cli;

import io.kubesteward.app.RunOptions;
import io.kubesteward.app.StewardApp;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ForgeConfig;
import io.kubesteward.gitops.RepositoryUnreadable;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true, description = {
    "Do it: clone or fetch git.url, plan on its base branch, push a branch per proposal and open or update its pull request.",
    "Never pushes to the base branch, never merges. Per-proposal failures are in the report; the run goes on."})
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

    @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "table",
            description = "Report format: table, json, markdown or tsv (default: ${DEFAULT-VALUE}).")
    private OutputFormat output;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Progress progress = terminal.progress() ? message -> terminal.err().println("· " + message) : Progress.SILENT;
        try {
            Report report = new StewardApp(Clock.systemUTC(), progress).run(new RunOptions(config, rules, repo, forge));
            output.renderer().render(report, terminal.out());
            terminal.out().flush();
            return ExitCodes.OK;
        } catch (ConfigError e) {
            return Failures.report(terminal, root.stacktrace(), e, e.oneLine(), ExitCodes.USAGE);
        } catch (RepositoryUnreadable e) {
            return Failures.report(terminal, root.stacktrace(), e, e.getMessage(), ExitCodes.SYSTEMIC);
        } catch (IOException e) {
            return Failures.report(terminal, root.stacktrace(), e, "cannot write the report: " + e.getMessage(), ExitCodes.SYSTEMIC);
        }
    }
}
