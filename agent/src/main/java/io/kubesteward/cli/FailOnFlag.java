package io.kubesteward.cli;

import io.kubesteward.report.Report;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --fail-on outdated,blocking}: the report decides the exit code, for CI gating. */
final class FailOnFlag {
    @Option(names = "--fail-on", paramLabel = "CONDITION", split = ",", converter = FailOn.Converter.class,
            description = "Exit 4 after printing the report when one holds: outdated, blocking, edit-failed, lookup-failed, "
                    + "problems, drift, rightsizing (comma-separated or repeated).")
    private List<FailOn> conditions = List.of();

    /** {@code exit} unless it is OK and a condition holds: then each is a line on stderr and the result is {@link ExitCodes#FAIL_ON}. */
    int exitCode(Report report, Terminal terminal, int exit) {
        if (exit != ExitCodes.OK) {
            return exit;
        }
        List<String> holding = FailOn.holding(conditions, report);
        holding.forEach(line -> terminal.err().println("steward: --fail-on " + line));
        terminal.err().flush();
        return holding.isEmpty() ? exit : ExitCodes.FAIL_ON;
    }
}
