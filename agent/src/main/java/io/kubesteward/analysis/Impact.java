package io.kubesteward.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What upgrading one chart declaration does, as analysis found it: the findings, most severe first, and what could
 * not be looked at (an archive not fetched, values not in the repository), so silence is never read as safety.
 */
public record Impact(List<Finding> findings, List<String> notRead, String compared) {
    public static final Impact NONE = new Impact(List.of(), List.of(), null);

    /** @param compared what was looked at, in words ("the archives of 4.10.1 and 4.15.1: …"); null when nothing was */
    public Impact {
        findings = findings.stream().sorted(Comparator.comparing(Finding::severity)).toList();
        notRead = List.copyOf(notRead);
    }

    public static Impact unread(String why) {
        return new Impact(List.of(), List.of(why), null);
    }

    public boolean blocking() {
        return worst().filter(s -> s == Severity.BLOCKING).isPresent();
    }

    public Optional<Severity> worst() {
        return findings.stream().map(Finding::severity).min(Comparator.naturalOrder());
    }
}
