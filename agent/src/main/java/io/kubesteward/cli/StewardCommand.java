package io.kubesteward.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "steward",
        mixinStandardHelpOptions = true,
        versionProvider = StewardCommand.Version.class,
        description = "Keeps a GitOps repository's Helm charts current, by pull request.",
        subcommands = {PlanCommand.class, RunCommand.class, SnapshotCommand.class, DaemonCommand.class, ValidateCommand.class, SchemaCommand.class, VersionCommand.class, picocli.CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done (a plan was made, even with skips and failed lookups)",
            "1:internal error (a bug; rerun with --stacktrace)",
            "2:bad command line or configuration",
            "3:the repository cannot be read or cloned, or the cluster cannot be read",
            "4:a --fail-on condition holds (the report is printed whole first)"})
public final class StewardCommand implements java.util.concurrent.Callable<Integer> {
    private final Terminal terminal;

    @Option(names = "--stacktrace", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for bug reports).")
    private boolean stacktrace;

    @Option(names = "--log-level", paramLabel = "LEVEL", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "error, warn, info, debug or trace: Steward's own log lines on stderr (overrides STEWARD_LOG_LEVEL and operations.logLevel).")
    private String logLevel;

    public StewardCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    Terminal terminal() {
        return terminal;
    }

    /** The --log-level given (null: none), checked; used before anything is logged. */
    org.slf4j.event.Level logLevel() {
        return logLevel == null ? null : io.kubesteward.observability.LogSettings.parseLevel(logLevel);
    }

    boolean stacktrace() {
        return stacktrace;
    }

    /** No command given: say what there is, and fail like any other usage error. */
    @Override
    public Integer call() {
        new picocli.CommandLine(this).usage(terminal.err());
        return ExitCodes.USAGE;
    }

    static final class Version implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"steward " + io.kubesteward.app.StewardVersion.get()};
        }
    }
}
