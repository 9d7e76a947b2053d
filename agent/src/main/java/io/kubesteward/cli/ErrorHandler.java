package io.kubesteward.cli;

import io.kubesteward.observability.SecretRedactor;
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
        SecretRedactor redactor = SecretRedactor.global();
        terminal.err().println(redactor.scrub("steward: internal error: " + e
                + " (this is a bug; please report it with the output of --stacktrace)"));
        if (stacktrace) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            terminal.err().print(redactor.scrub(trace.toString()));
        }
        terminal.err().flush();
        return ExitCodes.INTERNAL;
    }
}
