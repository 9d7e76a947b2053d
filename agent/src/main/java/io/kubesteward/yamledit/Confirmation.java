package io.kubesteward.yamledit;

import io.kubesteward.declarations.ScanResult;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.Problem;
import io.kubesteward.model.Span;
import io.kubesteward.planning.Update;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks a re-extraction of the edited files against what the edit meant: every updated
 * declaration reads its new value (and digest) at its old place shifted by the edits before it,
 * every other declaration of those files reads what it read before, and no file reads worse.
 */
final class Confirmation {
    /** What a declaration should read after the edit, and where; {@code start} is null when it has no such span. */
    private record Expected(String value, Integer start, boolean edited) {
        boolean isAt(Span span) {
            return start != null && span != null && span.start() == start;
        }

        boolean readBy(String found, Span span) {
            return start == null || isAt(span) && Objects.equals(value, found) && span.end() - span.start() == value.length();
        }
    }

    private Confirmation() {
    }

    static void confirm(List<Update> updates, ScanResult before, ScanResult after, Map<String, FileEdits> edited, List<String> notes) {
        for (Update update : updates) {
            check(update.declaration(), after, edited, true, notes);
        }
        for (Declaration d : before.declarations()) {
            if (edited.containsKey(d.file()) && updates.stream().noneMatch(u -> sameDeclaration(u.declaration(), d))) {
                check(d, after, edited, false, notes);
            }
        }
        noNewProblems(before, after, edited);
    }

    private static void check(Declaration d, ScanResult after, Map<String, FileEdits> edited, boolean updated, List<String> notes) {
        FileEdits file = edited.get(d.file());
        if (file == null) {
            return;
        }
        Expected value = expect(d, d.currentValue(), d.span(), file);
        Expected digest = expect(d, d.currentDigest(), d.digestSpan(), file);
        if (value.start() == null && digest.start() == null) {
            return;
        }
        Declaration found = after.declarations().stream()
                .filter(candidate -> candidate.file().equals(d.file()) && candidate.kind() == d.kind() && candidate.name().equals(d.name()))
                .filter(candidate -> value.start() != null ? value.isAt(candidate.span()) : digest.isAt(candidate.digestSpan()))
                .findFirst().orElse(null);
        boolean confirmed = found != null && value.readBy(found.currentValue(), found.span())
                && digest.readBy(found.currentDigest(), found.digestSpan());
        if (!confirmed) {
            String subject = UpdateEdits.describe(d, d.span() != null ? d.span() : d.digestSpan());
            throw new EditRejected(updated
                    ? "after the edit, " + subject + " does not read " + reading(value, digest) + " where it was: "
                            + (found == null ? "no such declaration there" : "it reads " + reading(found))
                    : "the edit would change " + subject + " too, which this proposal does not update");
        }
        if (!updated && (value.edited() || digest.edited())) {
            notes.add(UpdateEdits.describe(d, d.span()) + " changes to " + reading(value, digest)
                    + " as well: it shares the edited value (a YAML anchor)");
        }
    }

    private static Expected expect(Declaration d, String current, Span span, FileEdits file) {
        if (span == null) {
            return new Expected(current, null, false);
        }
        if (file.cutsInto(span)) {
            throw new EditRejected("an edit cuts into part of " + UpdateEdits.describe(d, span));
        }
        TextEdit edit = file.exactly(span);
        return edit != null
                ? new Expected(edit.value(), file.newValueStart(edit), true)
                : new Expected(current, file.map(span.start()), false);
    }

    private static void noNewProblems(ScanResult before, ScanResult after, Map<String, FileEdits> edited) {
        Map<String, Long> known = new HashMap<>(before.problems().stream().filter(p -> edited.containsKey(p.file()))
                .collect(Collectors.groupingBy(Confirmation::problemKey, Collectors.counting())));
        for (Problem problem : after.problems()) {
            if (edited.containsKey(problem.file()) && known.merge(problemKey(problem), -1L, Long::sum) < 0) {
                throw new EditRejected("after the edit, " + problem.location() + " has a problem it did not have: "
                        + problem.message());
            }
        }
    }

    private static String problemKey(Problem problem) {
        return problem.file() + "\n" + problem.message();
    }

    private static boolean sameDeclaration(Declaration a, Declaration b) {
        return a.file().equals(b.file()) && a.kind() == b.kind() && a.name().equals(b.name())
                && sameRange(a.span(), b.span()) && sameRange(a.digestSpan(), b.digestSpan());
    }

    private static boolean sameRange(Span a, Span b) {
        return a == null ? b == null : b != null && a.start() == b.start() && a.end() == b.end();
    }

    private static String reading(Expected value, Expected digest) {
        return value.start() == null ? digest.value() : digest.start() == null ? value.value() : value.value() + "@" + digest.value();
    }

    private static String reading(Declaration d) {
        String where = d.span() != null ? " at line " + d.span().line() : "";
        return d.currentDigest() == null ? d.currentValue() + where : d.currentValue() + "@" + d.currentDigest() + where;
    }
}
