package io.kubesteward.cli;

import io.kubesteward.app.ProcessProxies;
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
        CommandLine cli = new CommandLine(new StewardCommand(terminal));
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
        return cli.execute(args);
    }

    private static String commandName(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName();
    }
}
