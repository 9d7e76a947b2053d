package io.kubesteward.cli;

import io.kubesteward.report.Report;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The conditions of {@code --fail-on} for CI gating: when one holds, the command still prints the
 * whole report and then exits {@link ExitCodes#FAIL_ON} with one line saying which and how many.
 */
enum FailOn {
    /** A declaration in the repository has a newer version the rules allow (add-ons the repository does not manage are not counted). */
    outdated(r -> count(r.declarations().stream().filter(d -> d.status().equals("update")).count(),
            "declaration has an update", "declarations have updates")),
    /** A proposal's upgrade analysis found something that blocks merging it as it is. */
    blocking(r -> count(r.proposals().stream().filter(Report.ProposalEntry::blocking).count(),
            "proposal has a blocking finding", "proposals have blocking findings")),
    /** A proposal's edit could not be made and confirmed. */
    edit_failed(r -> count(r.proposals().stream().filter(p -> p.editFailure() != null).count()
            + (r.rightsizing() == null ? 0 : r.rightsizing().proposals().stream().filter(p -> p.editFailure() != null).count()),
            "proposal could not be edited", "proposals could not be edited")),
    /** A declaration's version lookup failed (its repository or registry could not be read); add-ons are not counted. */
    lookup_failed(r -> count(r.declarations().stream().filter(d -> d.status().equals("lookup-failed")).count(),
            "lookup failed", "lookups failed")),
    /** A repository file could not be read. */
    problems(r -> count(r.problems().size(), "file could not be read", "files could not be read")),
    /** The cluster runs another version than the repository declares. */
    drift(r -> count(r.drift().size(), "release drifted from the repository", "releases drifted from the repository")),
    /** A rightsizing pull request is proposed. */
    rightsizing(r -> count(r.rightsizing() == null ? 0 : r.rightsizing().proposals().size(),
            "rightsizing proposal", "rightsizing proposals"));

    private final Function<Report, Optional<String>> check;

    FailOn(Function<Report, Optional<String>> check) {
        this.check = check;
    }

    /** How the user writes it: {@code lookup-failed}. */
    String id() {
        return name().replace('_', '-');
    }

    /** The conditions that hold, each as "outdated: 3 declarations have updates", in the order given. */
    static List<String> holding(List<FailOn> asked, Report report) {
        return asked.stream().distinct().flatMap(f -> f.check.apply(report).map(what -> f.id() + ": " + what).stream()).toList();
    }

    private static Optional<String> count(long n, String one, String many) {
        return n == 0 ? Optional.empty() : Optional.of(n + " " + (n == 1 ? one : many));
    }

    /** picocli: {@code lookup-failed} as well as {@code lookup_failed}; an unknown name lists the known ones. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            String name = value.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
            for (FailOn f : values()) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not one of "
                    + String.join(", ", java.util.Arrays.stream(values()).map(FailOn::id).toList()));
        }
    }
}
