package io.kubesteward.declarations;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.DeclarationKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One reading per value. When a {@code # renovate:}/{@code # steward:} comment and another
 * extractor read the same bytes, the annotated reading wins, since the user wrote it on purpose.
 * Different packages sharing one anchored scalar are all kept (the editor changes it once, only if
 * they agree).
 */
final class SameSpan {
    private SameSpan() {
    }

    static List<Declaration> keepOne(List<Declaration> sorted) {
        Map<String, List<Declaration>> bySpan = new HashMap<>();
        for (Declaration d : sorted) {
            if (d.span() != null) {
                bySpan.computeIfAbsent(key(d), k -> new ArrayList<>()).add(d);
            }
        }
        List<Declaration> out = new ArrayList<>();
        for (Declaration d : sorted) {
            if (d.span() == null || d.kind() == DeclarationKind.ANNOTATED_VALUE) {
                out.add(d);
                continue;
            }
            boolean annotated = bySpan.get(key(d)).stream().anyMatch(o -> o.kind() == DeclarationKind.ANNOTATED_VALUE);
            if (!annotated) {
                out.add(d);
            }
        }
        return out;
    }

    private static String key(Declaration d) {
        return d.file() + "@" + d.span().start() + ":" + d.span().end();
    }
}
