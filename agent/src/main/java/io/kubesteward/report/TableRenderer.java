package io.kubesteward.report;

import io.kubesteward.model.FetchStat;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/** The terminal report: header, proposals, declarations, problems, statistics. Keeps the report's order. */
public final class TableRenderer implements Renderer {
    private static final String INDENT = "  ";

    private final TableLayout layout;

    public TableRenderer(TableLayout layout) {
        this.layout = layout;
    }

    /** As wide as an unknown terminal: {@link TableLayout#DEFAULT_WIDTH}. */
    public TableRenderer() {
        this(TableLayout.fitting(0));
    }

    @Override
    public void render(Report report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(layout.paragraph("", report.repository() + " — " + Statuses.counts(report), 2)).append('\n');
        proposals(report, b);
        declarations(report, b);
        problems(report, b);
        ClusterTables.append(report, b, layout);
        RightsizingTables.append(report, b, layout);
        deliveries(report, b);
        statistics(report, b);
        out.write(b.toString());
    }

    private void proposals(Report report, StringBuilder b) {
        b.append("Proposals\n");
        if (report.proposals().isEmpty()) {
            b.append(INDENT).append("none\n\n");
            return;
        }
        int branchWidth = report.proposals().stream().mapToInt(p -> Text.width(branch(p))).max().orElse(0);
        for (Report.ProposalEntry p : report.proposals()) {
            String lead = INDENT + branch(p) + " ".repeat(branchWidth - Text.width(branch(p))) + "  ";
            b.append(layout.paragraph(lead, p.title(), " ".repeat(Text.width(lead))));
            TextTable changes = new TextTable(false, TextTable.Column.path("", 70), TextTable.Column.wrapping(""));
            for (Report.ChangeEntry c : p.changes()) {
                changes.add(location(c.file(), c.line()), Text.orEmpty(c.shownFrom()) + " → " + Text.orEmpty(c.shownTo()));
            }
            changes.appendTo(b, INDENT + INDENT, layout);
            impact(p, b);
        }
        b.append('\n');
    }

    /** Blocking and needs-attention findings by their summary; information and what was not analysed by count. */
    private void impact(Report.ProposalEntry p, StringBuilder b) {
        long information = 0;
        for (Report.ImpactEntry e : p.impact()) {
            if (e.severity().equals("information")) {
                information++;
            } else {
                b.append(layout.paragraph(INDENT + INDENT, e.severity() + ": " + e.summary(), 2));
            }
        }
        if (information > 0 || !p.notAnalysed().isEmpty()) {
            b.append(INDENT).append(INDENT).append("impact: ").append(information).append(information == 1 ? " note" : " notes")
                    .append(p.notAnalysed().isEmpty() ? "" : ", " + p.notAnalysed().size() + " not analysed")
                    .append(" (--output markdown or json shows them)\n");
        }
    }

    private void declarations(Report report, StringBuilder b) {
        b.append("Declarations\n");
        if (report.declarations().isEmpty()) {
            b.append(INDENT).append("none\n\n");
            return;
        }
        TextTable t = new TextTable(true,
                TextTable.Column.path("FILE:LINE", 60), TextTable.Column.left("KIND", 24), TextTable.Column.left("NAME", 32),
                TextTable.Column.left("CURRENT", 20), TextTable.Column.left("PROPOSED", 30), TextTable.Column.whole("STATUS", 13),
                TextTable.Column.wrapping("REASON"));
        for (Report.DeclarationEntry d : report.declarations()) {
            String proposed = d.updates().stream().map(u -> Text.orEmpty(u.shown())).collect(Collectors.joining(", "));
            // An update can carry a reason too: why the newest version is not among its targets.
            t.add(location(d.file(), d.line()), d.kind(), d.name(), Text.orEmpty(d.current()), proposed, d.status(),
                    Text.orEmpty(d.reason()));
        }
        t.appendTo(b, INDENT, layout);
        b.append('\n');
    }

    private void problems(Report report, StringBuilder b) {
        b.append("Problems\n");
        if (report.problems().isEmpty()) {
            b.append(INDENT).append("none\n\n");
            return;
        }
        TextTable t = new TextTable(false, TextTable.Column.path("", 70), TextTable.Column.wrapping(""));
        for (Report.ProblemEntry p : report.problems()) {
            String where = p.line() > 0 ? p.file() + ":" + p.line() + ":" + p.column() : p.file();
            t.add(where, p.message());
        }
        t.appendTo(b, INDENT, layout);
        b.append('\n');
    }

    /** Only a run delivers; a plan's report has no such section. */
    private void deliveries(Report report, StringBuilder b) {
        if (report.deliveries().isEmpty()) {
            return;
        }
        b.append("Delivery\n");
        TextTable t = new TextTable(true, TextTable.Column.left("BRANCH", 60), TextTable.Column.left("DONE", 30),
                TextTable.Column.left("PULL REQUEST", 70), TextTable.Column.wrapping("DETAIL"));
        for (Report.DeliveryEntry d : report.deliveries()) {
            t.add(d.branch(), d.action(), Text.orEmpty(d.pullRequest()), Text.orEmpty(d.detail()));
        }
        t.appendTo(b, INDENT, layout);
        b.append('\n');
    }

    private void statistics(Report report, StringBuilder b) {
        Report.Statistics s = report.statistics();
        b.append("Statistics\n").append(INDENT)
                .append(Text.count(s.filesScanned(), "file", "files")).append(" scanned, ")
                .append(Text.count(s.declarations(), "declaration", "declarations")).append(", ")
                .append(Text.millis(s.durationMillis())).append('\n');
        if (s.indexes().isEmpty()) {
            b.append(INDENT).append("no repository index fetched\n");
        } else {
            TextTable t = new TextTable(true, TextTable.Column.left("INDEX", 60), TextTable.Column.left("OUTCOME", 14),
                    TextTable.Column.right("SIZE", 10), TextTable.Column.right("FETCH", 12), TextTable.Column.right("PARSE", 12),
                    TextTable.Column.right("ENTRIES", 8));
            for (FetchStat f : s.indexes()) {
                t.add(f.repository(), f.outcome(), Text.bytes(f.bytes()), f.fetchMillis() + " ms", f.parseMillis() + " ms",
                        String.valueOf(f.entriesKept()));
            }
            t.appendTo(b, INDENT, layout);
        }
        b.append(INDENT).append("generated ").append(Text.oneLine(report.generatedAt()))
                .append(" by Steward ").append(Text.oneLine(report.stewardVersion())).append('\n');
    }

    private String branch(Report.ProposalEntry p) {
        return layout.cut(Text.oneLine(p.branch()), 60);
    }

    static String location(String file, int line) {
        return line > 0 ? file + ":" + line : Text.orEmpty(file);
    }
}
