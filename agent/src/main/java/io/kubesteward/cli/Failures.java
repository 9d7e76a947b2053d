package io.kubesteward.cli;

import io.kubesteward.observability.SecretRedactor;

/** One line on stderr for an expected failure (one per error when a check found several); the stack trace only when asked for. */
final class Failures {
    private Failures() {
    }

    /** {@code line} may hold several lines (all the errors of a config check): each gets the prefix. */
    static int report(Terminal terminal, boolean stacktrace, Exception e, String line, int exitCode) {
        SecretRedactor redactor = SecretRedactor.global();
        for (String one : line.split("\n", -1)) {
            terminal.err().println("steward: " + redactor.scrub(one));
        }
        if (stacktrace) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            terminal.err().print(redactor.scrub(trace.toString()));
        }
        terminal.err().flush();
        return exitCode;
    }
}
