package io.kubesteward.cli;

import io.kubesteward.app.ProcessProxies;
import io.kubesteward.observability.StewardLogging;
import picocli.CommandLine;

/** Entry point: {@code java -jar steward.jar <command>}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Terminal terminal = new Terminal();
        try {
            // the one place that reads the environment's proxies; everything after it connects through them
            ProcessProxies.install(System.getenv());
        } catch (IllegalArgumentException e) {
            terminal.err().println("steward: " + e.getMessage());
            terminal.err().flush();
            System.exit(ExitCodes.USAGE);
        }
        System.exit(run(args, terminal));
    }

    /** Runs one command line; returns the exit code. Tests call this with their own terminal. */
    public static int run(String[] args, Terminal terminal) {
        StewardCommand root = new StewardCommand(terminal);
        CommandLine cli = new CommandLine(root);
        cli.setOut(terminal.out());
        cli.setErr(terminal.err());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(new ErrorHandler(terminal));
        cli.setParameterExceptionHandler((e, a) -> {
            terminal.err().println("steward: " + e.getMessage());
            terminal.err().println("Run 'steward " + commandName(e.getCommandLine()) + " --help' for usage.");
            terminal.err().flush();
            return ExitCodes.USAGE;
        });
        cli.setExecutionStrategy(parsed -> {
            org.slf4j.event.Level level;
            try {
                level = root.logLevel();
            } catch (IllegalArgumentException e) {
                terminal.err().println("steward: --log-level: " + e.getMessage());
                terminal.err().flush();
                return ExitCodes.USAGE;
            }
            StewardLogging.configureFromCommandLine(level).ifPresent(problem -> {
                terminal.err().println("steward: warning: " + problem + "; logging as if it were not set");
                terminal.err().flush();
            });
            return new CommandLine.RunLast().execute(parsed);
        });
        return cli.execute(args);
    }

    private static String commandName(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName();
    }
}
