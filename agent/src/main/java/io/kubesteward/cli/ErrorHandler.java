package io.kubesteward.cli;

import picocli.CommandLine;

/** The one edge where typed failures become a human line; stack traces only with --stacktrace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    private final Terminal terminal;

    ErrorHandler(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        boolean stacktrace = cl.getCommandSpec().root().userObject() instanceof StewardCommand root && root.stacktrace();
        terminal.err().println("steward: internal error: " + e + " (this is a bug; please report it with the output of --stacktrace)");
        if (stacktrace) {
            e.printStackTrace(terminal.err());
        }
        terminal.err().flush();
        return ExitCodes.INTERNAL;
    }
}
