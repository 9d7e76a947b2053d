package io.kubesteward.cli;

import io.kubesteward.app.PlanOptions;
import io.kubesteward.app.StewardApp;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.StewardConfig;
import io.kubesteward.pipeline.Progress;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check configuration and rules (shipped, the repository's .steward/ and --config) and exit.")
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private StewardCommand root;

    @Option(names = "--repo", paramLabel = "DIR", description = "Also check this repository's .steward/config.yaml and .steward/rules/.")
    private Path repo;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of rule files (kind: Rules), applied after the repository's .steward/ and before --config.")
    private Path rules;

    @Option(names = "--config", paramLabel = "FILE", description = "The config file to check.")
    private Path config;

    @Option(names = "--reachable",
            description = "Also reach the repository a run would clone (git.url, else --repo's origin) with the run's credentials, and find its base branch.")
    private boolean reachable;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        try {
            StewardApp app = new StewardApp(WallClock.UTC, Progress.SILENT);
            PlanOptions options = new PlanOptions(repo, rules, config);
            StewardConfig loaded = app.validateAll(options);
            if (reachable) {
                java.util.Optional<String> reached = app.reachable(options, loaded);
                terminal.out().println(reached.map(r -> "repository reachable: " + r)
                        .orElse("no repository to reach: set git.url, or give --repo a checkout with an origin"));
            }
            terminal.out().println("configuration is valid: " + loaded.packageRules().size() + " package rule(s), "
                    + loaded.repositories().size() + " repository setting(s), " + loaded.mirrors().size() + " mirror(s), "
                    + loaded.addons().size() + " add-on(s) in the catalogue" + (loaded.cluster() == null ? "" : ", the cluster read on every run")
                    + " from "
                    + String.join(", ", loaded.sources()));
            terminal.out().flush();
            return ExitCodes.OK;
        } catch (ConfigError e) {
            return Failures.report(terminal, root.stacktrace(), e, e.oneLine(), ExitCodes.USAGE);
        } catch (io.kubesteward.gitops.RepositoryUnreadable e) {
            return Failures.report(terminal, root.stacktrace(), e, "the repository cannot be reached: " + e.getMessage(), ExitCodes.SYSTEMIC);
        }
    }
}
