package io.kubesteward.yamledit;

import io.kubesteward.model.Span;
import java.util.Comparator;
import java.util.List;

/**
 * The edits of one file applied in one pass, and how offsets of the original text map to the
 * edited text. Edits never overlap (they were merged before).
 */
record FileEdits(String path, String original, String edited, List<TextEdit> edits) {

    static FileEdits apply(String path, String original, List<TextEdit> edits) {
        List<TextEdit> ordered = edits.stream().sorted(Comparator.comparingInt(TextEdit::start)).toList();
        StringBuilder text = new StringBuilder(original);
        // from the end, so that the offsets of the edits still to do stay valid
        for (int i = ordered.size() - 1; i >= 0; i--) {
            TextEdit edit = ordered.get(i);
            text.replace(edit.start(), edit.end(), edit.replacement());
        }
        return new FileEdits(path, original, text.toString(), ordered);
    }

    /** Where an original offset outside every edit lies in the edited text. */
    int map(int offset) {
        int shift = 0;
        for (TextEdit edit : edits) {
            if (edit.end() <= offset && edit.start() < offset) {
                shift += edit.delta();
            }
        }
        return offset + shift;
    }

    /** The edit replacing exactly {@code span}, or null. */
    TextEdit exactly(Span span) {
        return edits.stream().filter(e -> e.start() == span.start() && e.end() == span.end()).findFirst().orElse(null);
    }

    /** True when an edit touches part of {@code span} without replacing exactly it. */
    boolean cutsInto(Span span) {
        return edits.stream().anyMatch(e -> e.start() < span.end() && span.start() < e.end()
                && !(e.start() == span.start() && e.end() == span.end()));
    }

    /** Where the value written by {@code edit} lies in the edited text. */
    int newValueStart(TextEdit edit) {
        return map(edit.start()) + edit.valueOffset();
    }
}
