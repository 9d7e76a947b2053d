package io.kubesteward.report;

import java.util.List;

/**
 * The "Impact" section at the top of a chart pull request: one line per finding, most severe first, then the details
 * collapsed, what was compared, and what could not be; bounded, with a note when lines are left out. Every finding
 * holds text from the charts (keys, CRD names, schema messages), so all of it is sanitised.
 */
final class ImpactSection {
    static final int MAX_CHARS = 15_000;
    private static final int LINE_MAX = 600;
    private static final int MAX_NOT_ANALYSED = 10;

    private ImpactSection() {
    }

    static String text(Report.ProposalEntry p) {
        if (p.impact().isEmpty() && p.notAnalysed().isEmpty() && p.analysed().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("### Impact\n\n");
        if (p.impact().isEmpty()) {
            b.append(p.notAnalysed().isEmpty() ? "Steward found nothing in this upgrade that needs a reviewer's attention.\n\n"
                    : "Steward could not look at everything this upgrade changes (see below); it found nothing in what it could read.\n\n");
        }
        if (p.blocking()) {
            b.append("**Merging this as it is breaks the release**: see the blocking findings.\n\n");
        }
        boolean severalFiles = p.changes().stream().map(Report.ChangeEntry::file).distinct().count() > 1;
        for (Report.ImpactEntry e : p.impact()) {
            b.append("- **").append(e.severity()).append("** (").append(e.check()).append("): ")
                    .append(MarkdownSanitizer.inline(e.summary(), LINE_MAX));
            if (severalFiles && e.files().size() < p.changes().stream().map(Report.ChangeEntry::file).distinct().count()) {
                b.append(" — in ").append(String.join(", ", e.files().stream().map(f -> Markdown.code(f)).toList()));
            }
            b.append('\n');
        }
        if (!p.impact().isEmpty()) {
            b.append('\n');
        }
        StringBuilder details = new StringBuilder();
        for (Report.ImpactEntry e : p.impact()) {
            if (e.details().isEmpty() && e.files().size() <= 1) {
                continue;
            }
            details.append("**").append(MarkdownSanitizer.inline(e.summary(), LINE_MAX)).append("**");
            if (e.files().size() > 1) {
                details.append(" (").append(String.join(", ", e.files().stream().map(f -> MarkdownSanitizer.inline(f, 200)).toList()))
                        .append(')');
            }
            details.append("\n\n");
            e.details().forEach(d -> details.append("- ").append(MarkdownSanitizer.inline(d, LINE_MAX)).append('\n'));
            details.append('\n');
        }
        if (!p.analysed().isEmpty()) {
            details.append("Compared: ").append(String.join("; ", p.analysed().stream().map(a -> MarkdownSanitizer.inline(a, LINE_MAX))
                    .toList())).append(".\n\n");
        }
        if (!p.notAnalysed().isEmpty()) {
            details.append("Not analysed:\n\n");
            List<String> shown = p.notAnalysed().stream().limit(MAX_NOT_ANALYSED).toList();
            shown.forEach(n -> details.append("- ").append(MarkdownSanitizer.inline(n, LINE_MAX)).append('\n'));
            if (p.notAnalysed().size() > shown.size()) {
                details.append("- and ").append(p.notAnalysed().size() - shown.size()).append(" more\n");
            }
            details.append('\n');
        }
        if (details.length() > 0) {
            String body = details.toString();
            int room = MAX_CHARS - b.length() - 200;
            if (body.length() > room) {
                int cut = body.lastIndexOf('\n', Math.max(0, room));
                body = body.substring(0, Math.max(0, cut)) + "\n\n_Steward left the rest of the details out to keep this"
                        + " description short; `steward plan` shows them all._\n\n";
            }
            b.append("<details><summary>Details of the analysis</summary>\n\n").append(body).append("</details>\n\n");
        }
        return b.toString();
    }
}
