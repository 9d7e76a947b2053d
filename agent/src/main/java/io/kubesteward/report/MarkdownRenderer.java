package io.kubesteward.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The report as Markdown, for a run summary or an issue: what is proposed, what needs a person, what could not be read. */
public final class MarkdownRenderer implements Renderer {
    private static final int REASON_MAX = 500;

    @Override
    public void render(Report report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Steward report for ").append(Markdown.code(report.repository())).append("\n\n");
        b.append(Statuses.counts(report)).append(". Generated ").append(MarkdownSanitizer.inline(report.generatedAt(), 40))
                .append(" by Steward ").append(MarkdownSanitizer.inline(report.stewardVersion(), 40)).append(".\n\n");
        proposals(report, b);
        attention(report, b);
        problems(report, b);
        ClusterMarkdown.append(report, b);
        RightsizingMarkdown.append(report, b);
        deliveries(report, b);
        out.write(b.toString());
    }

    private static void proposals(Report report, StringBuilder b) {
        b.append("## Proposals\n\n");
        if (report.proposals().isEmpty()) {
            b.append("No updates proposed.\n\n");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Report.ProposalEntry p : report.proposals()) {
            String changes = p.changes().stream()
                    .map(c -> Markdown.code(TableRenderer.location(c.file(), c.line())) + " "
                            + Markdown.code(c.shownFrom()) + " → " + Markdown.code(c.shownTo()))
                    .collect(Collectors.joining("\n"));
            rows.add(List.of(Markdown.code(p.branch()), MarkdownSanitizer.inline(p.title(), 200),
                    MarkdownSanitizer.inline(p.updateType(), 20), changes, impactCounts(p)));
        }
        Markdown.table(b, List.of("Branch", "Title", "Update", "Changes", "Impact"), rows);
        b.append('\n');
        for (Report.ProposalEntry p : report.proposals()) {
            String section = ImpactSection.text(p);
            if (!p.impact().isEmpty() || !p.notAnalysed().isEmpty()) {
                b.append("#### ").append(Markdown.code(p.branch())).append("\n\n").append(section.replaceFirst("^### Impact\n\n", ""));
            }
        }
    }

    private static String impactCounts(Report.ProposalEntry p) {
        List<String> parts = new ArrayList<>();
        for (String severity : List.of("blocking", "needs attention", "information")) {
            long n = p.impact().stream().filter(e -> e.severity().equals(severity)).count();
            if (n > 0) {
                parts.add(n + " " + severity);
            }
        }
        if (!p.notAnalysed().isEmpty()) {
            parts.add(p.notAnalysed().size() + " not analysed");
        }
        return parts.isEmpty() ? (p.analysed().isEmpty() ? "" : "nothing found") : String.join(", ", parts);
    }

    private static void attention(Report report, StringBuilder b) {
        b.append("## Declarations needing attention\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Report.DeclarationEntry d : report.declarations()) {
            if (Statuses.needsAttention(d.status())) {
                rows.add(List.of(Markdown.code(TableRenderer.location(d.file(), d.line())), MarkdownSanitizer.inline(d.kind(), 40),
                        Markdown.code(d.name()), Markdown.code(d.current()), Markdown.code(d.newest()),
                        MarkdownSanitizer.inline(d.status(), 20), MarkdownSanitizer.inline(d.reason(), REASON_MAX)));
            }
        }
        if (rows.isEmpty()) {
            b.append("Nothing is skipped, held back or failed.\n\n");
            return;
        }
        Markdown.table(b, List.of("File", "Kind", "Name", "Current", "Newest", "Status", "Reason"), rows);
        b.append('\n');
    }

    private static void problems(Report report, StringBuilder b) {
        b.append("## Problems\n\n");
        if (report.problems().isEmpty()) {
            b.append("No problems.\n");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Report.ProblemEntry p : report.problems()) {
            String where = p.line() > 0 ? p.file() + ":" + p.line() + ":" + p.column() : p.file();
            rows.add(List.of(Markdown.code(where), MarkdownSanitizer.inline(p.message(), REASON_MAX)));
        }
        Markdown.table(b, List.of("Location", "Message"), rows);
    }

    private static void deliveries(Report report, StringBuilder b) {
        if (report.deliveries().isEmpty()) {
            return;
        }
        b.append("\n## Delivery\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Report.DeliveryEntry d : report.deliveries()) {
            rows.add(List.of(Markdown.code(d.branch()), MarkdownSanitizer.inline(d.action(), 40),
                    d.pullRequest() == null ? "" : MarkdownSanitizer.inline(d.pullRequest(), 300),
                    d.detail() == null ? "" : MarkdownSanitizer.inline(d.detail(), REASON_MAX)));
        }
        Markdown.table(b, List.of("Branch", "Done", "Pull request", "Detail"), rows);
    }
}
