package io.kubesteward.report;

import java.util.ArrayList;
import java.util.List;

/** The Markdown report's rightsizing section: pull requests, then the values that would change and where. */
final class RightsizingMarkdown {
    private RightsizingMarkdown() {
    }

    static void append(Report report, StringBuilder b) {
        RightsizingEntry r = report.rightsizing();
        if (r == null) {
            return;
        }
        b.append("## Rightsizing\n\n").append("Cluster ").append(Markdown.code(Text.orEmpty(r.cluster()))).append(", read at ")
                .append(Markdown.code(Text.orEmpty(r.readAt()))).append("; the pull requests save ").append(r.monthlySaving()).append(' ')
                .append(MarkdownSanitizer.inline(Text.orEmpty(r.currency()), 10)).append(" a month.\n\n");
        List<List<String>> proposals = new ArrayList<>();
        for (RightsizingEntry.ProposalEntry p : r.proposals()) {
            proposals.add(List.of(Markdown.code(p.branch()), MarkdownSanitizer.inline(p.title(), 200), p.monthlySaving(),
                    MarkdownSanitizer.inline(p.editFailure() == null ? p.decision() : "edit failed: " + p.editFailure(), 500)));
        }
        if (!proposals.isEmpty()) {
            Markdown.table(b, List.of("Branch", "Title", "Saving/month", "Why"), proposals);
            b.append('\n');
        }
        List<List<String>> rows = new ArrayList<>();
        for (RightsizingEntry.WorkloadEntry w : r.workloads()) {
            for (RightsizingEntry.ContainerEntry c : w.containers()) {
                for (RightsizingEntry.ValueEntry v : c.values()) {
                    if ("change".equals(v.status())) {
                        String where = v.file() != null ? Markdown.code(TableRenderer.location(v.file(), v.line()))
                                : MarkdownSanitizer.inline(w.source(), 300);
                        rows.add(List.of(MarkdownSanitizer.inline(w.id(), 200), Markdown.code(c.name()), v.resource() + " " + v.field(),
                                Markdown.code(v.current()) + " → " + Markdown.code(v.proposed()), where,
                                w.branch() != null ? Markdown.code(w.branch()) : MarkdownSanitizer.inline(Text.orEmpty(w.held()), 300)));
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            b.append("No workload's resources would change.\n\n");
            return;
        }
        Markdown.table(b, List.of("Workload", "Container", "Value", "Change", "Where", "Pull request"), rows);
        b.append('\n');
    }
}
