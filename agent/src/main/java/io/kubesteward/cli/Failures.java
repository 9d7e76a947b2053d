package io.kubesteward.cli;

import io.kubesteward.observability.SecretRedactor;

/** One line on stderr for an expected failure; the stack trace only when asked for. */
final class Failures {
    private Failures() {
    }

    static int report(Terminal terminal, boolean stacktrace, Exception e, String line, int exitCode) {
        SecretRedactor redactor = SecretRedactor.global();
        terminal.err().println("steward: " + redactor.scrub(line));
        if (stacktrace) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            terminal.err().print(redactor.scrub(trace.toString()));
        }
        terminal.err().flush();
        return exitCode;
    }
}
