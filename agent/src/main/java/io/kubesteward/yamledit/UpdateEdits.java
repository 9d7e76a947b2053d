package io.kubesteward.yamledit;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.Span;
import io.kubesteward.planning.Update;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns updates into value edits, after checking that each still points at the text it was read from. */
final class UpdateEdits {
    private UpdateEdits() {
    }

    static List<ValueEdit> plan(List<Update> updates, Map<String, SourceFile> files) {
        List<ValueEdit> edits = new ArrayList<>();
        for (Update update : updates) {
            Declaration d = update.declaration();
            SourceFile file = files.get(d.file());
            if (file == null) {
                throw new EditRejected(d.file() + " is not in the repository any more, so " + d.name() + " cannot be updated there");
            }
            boolean valueMoves = update.newValue() != null && !update.newValue().equals(d.currentValue());
            if (valueMoves) {
                edits.add(edit(file, d.span(), d.currentValue(), update.newValue(), describe(d, d.span())));
            }
            if (d.currentDigest() != null) {
                if (update.newDigest() == null && valueMoves) {
                    throw new EditRejected(describe(d, d.span()) + " pins a digest, but the update to " + update.newValue()
                            + " carries no digest; the old digest would keep the old image");
                }
                if (update.newDigest() != null && !update.newDigest().equals(d.currentDigest())) {
                    edits.add(edit(file, d.digestSpan(), d.currentDigest(), update.newDigest(), "the digest of " + describe(d, d.digestSpan())));
                }
            } else if (update.newDigest() != null) {
                throw new EditRejected(describe(d, d.span()) + " pins no digest, so there is no place for the new digest " + update.newDigest());
            }
        }
        return edits;
    }

    /** One edit per span: updates that share a value (a YAML anchor) must agree on it; partial overlaps are refused. */
    static List<ValueEdit> merge(List<ValueEdit> edits) {
        List<ValueEdit> merged = new ArrayList<>();
        for (ValueEdit edit : edits) {
            ValueEdit same = merged.stream().filter(edit::sameSpan).findFirst().orElse(null);
            if (same != null) {
                if (!same.value().equals(edit.value())) {
                    throw new EditRejected(same.subject() + " and " + edit.subject() + " share one value (a YAML anchor),"
                            + " but this proposal sets it to both " + same.value() + " and " + edit.value()
                            + "; update them to the same version or stop sharing the value");
                }
                continue;
            }
            ValueEdit overlapping = merged.stream().filter(edit::overlaps).findFirst().orElse(null);
            if (overlapping != null) {
                throw new EditRejected(overlapping.subject() + " and " + edit.subject() + " overlap in the text of "
                        + edit.path() + " without being the same value; this is a bug in how they were read, please report it");
            }
            merged.add(edit);
        }
        merged.sort(Comparator.comparing(ValueEdit::path).thenComparingInt(e -> e.span().start()));
        return merged;
    }

    static String describe(Declaration d, Span where) {
        return d.name() + " in " + d.file() + (where == null ? "" : ":" + where.line());
    }

    private static ValueEdit edit(SourceFile file, Span span, String current, String value, String subject) {
        if (span == null) {
            throw new EditRejected(subject + " is written in a form that cannot be edited in place (escapes, or a folded"
                    + " or block scalar); write it as a plain or quoted value to let Steward update it");
        }
        String content = file.content();
        String found = span.end() <= content.length() ? span.cut(content) : null;
        if (!current.equals(found)) {
            throw new EditRejected(subject + " should read '" + current + "' but the file holds "
                    + (found == null ? "less text" : "'" + found + "'") + " there; the file changed since it was scanned, scan again");
        }
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new EditRejected("the new value for " + subject + " spans several lines, which is not a version");
        }
        return new ValueEdit(file.path(), span, value, subject);
    }
}
