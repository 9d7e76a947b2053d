package io.kubesteward.cli;

/** One line on stderr for an expected failure; the stack trace only when asked for. */
final class Failures {
    private Failures() {
    }

    static int report(Terminal terminal, boolean stacktrace, Exception e, String line, int exitCode) {
        terminal.err().println("steward: " + line);
        if (stacktrace) {
            e.printStackTrace(terminal.err());
        }
        terminal.err().flush();
        return exitCode;
    }
}
