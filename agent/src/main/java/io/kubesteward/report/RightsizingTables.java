package io.kubesteward.report;

/**
 * The terminal report's rightsizing section: the pull requests, then every workload whose
 * recommendation differs from what it declares (with where it is declared), then the counts of the
 * rest. Nothing when no cluster was read.
 */
final class RightsizingTables {
    private static final String INDENT = "  ";

    private RightsizingTables() {
    }

    static void append(Report report, StringBuilder b, TableLayout layout) {
        RightsizingEntry r = report.rightsizing();
        if (r == null) {
            return;
        }
        b.append("Rightsizing (cluster ").append(Text.oneLine(Text.orEmpty(r.cluster()))).append(", read at ")
                .append(Text.orEmpty(r.readAt())).append(")\n");
        for (RightsizingEntry.ProposalEntry p : r.proposals()) {
            String lead = INDENT + Text.oneLine(p.branch()) + "  ";
            b.append(layout.paragraph(lead, p.title() + (p.editFailure() == null ? "" : " [edit failed: " + p.editFailure() + "]"),
                    INDENT + INDENT + INDENT));
            b.append(layout.paragraph(INDENT + INDENT, p.monthlySaving() + " " + Text.orEmpty(r.currency()) + "/month; " + p.decision(), 2));
        }
        TextTable t = new TextTable(true, TextTable.Column.left("WORKLOAD", 50), TextTable.Column.left("CONTAINER", 24),
                TextTable.Column.left("VALUE", 16), TextTable.Column.left("CURRENT → PROPOSED", 24), TextTable.Column.left("WHERE", 80),
                TextTable.Column.wrapping("WHY"));
        int quiet = 0;
        for (RightsizingEntry.WorkloadEntry w : r.workloads()) {
            boolean shown = false;
            for (RightsizingEntry.ContainerEntry c : w.containers()) {
                for (RightsizingEntry.ValueEntry v : c.values()) {
                    if (!"change".equals(v.status())) {
                        continue;
                    }
                    shown = true;
                    String where = v.valuesKey() != null ? v.where() : v.file() != null ? TableRenderer.location(v.file(), v.line()) : w.placement();
                    String why = w.branch() != null ? w.branch() : w.held() != null ? w.held() : w.source();
                    t.add(w.id(), c.name(), v.resource() + " " + v.field(), v.current() + " → " + v.proposed(), where, Text.oneLine(why));
                }
            }
            quiet += shown ? 0 : 1;
        }
        if (!t.isEmpty()) {
            t.appendTo(b, INDENT, layout);
        }
        b.append(INDENT).append(Text.count(quiet, "workload keeps its resources", "workloads keep their resources"))
                .append(" (see the JSON report for each one's reason)\n");
        for (String problem : r.problems()) {
            b.append(layout.paragraph(INDENT, problem, 2));
        }
        b.append('\n');
    }
}
