package io.kubesteward.report;

import java.util.Set;
import java.util.stream.Collectors;

/** The page's cluster sections: add-ons with drift, what could not be read, and rightsizing. Only when a cluster was read. */
final class HtmlClusterSections {
    private HtmlClusterSections() {
    }

    static void append(Report report, StringBuilder b) {
        addons(report, b);
        drift(report, b);
        clusterProblems(report, b);
        rightsizing(report, b);
    }

    private static void addons(Report report, StringBuilder b) {
        if (report.addons().isEmpty()) {
            return;
        }
        b.append("<section id=\"addons\"><h2>Add-ons</h2>\n").append(AddonChart.svg(report.addons(), report.drift()));
        Set<String> drifted = report.drift().stream().map(DriftEntry::name).collect(Collectors.toSet());
        HtmlTable t = new HtmlTable("addons-table", HtmlTable.Column.text("Name"), HtmlTable.Column.text("Namespace"),
                HtmlTable.Column.text("Running"), HtmlTable.Column.text("Allowed"), HtmlTable.Column.text("Newest"),
                HtmlTable.Column.text("Status"), HtmlTable.Column.text("In Git"), HtmlTable.Column.text("Versions from"),
                HtmlTable.Column.text("Reason or advice"));
        for (AddonEntry a : report.addons()) {
            String status = HtmlRenderer.badge(a.status()) + (drifted.contains(a.name()) ? " <span class=\"badge drift\">drift</span>" : "");
            String reason = Html.text(a.reason()) + (a.advice() == null ? "" : (a.reason() == null ? "" : "<br>") + Html.text(a.advice()));
            t.add(null, HtmlTable.Cell.of(Html.text(a.name())), HtmlTable.Cell.of(Html.text(a.namespace())),
                    HtmlTable.Cell.of(Html.text(a.running())), HtmlTable.Cell.of(Html.text(a.newestAllowed())),
                    HtmlTable.Cell.of(Html.text(a.newest())), HtmlTable.Cell.sorted(status, Text.orEmpty(a.status())),
                    HtmlTable.Cell.of(Html.code(ClusterTables.managedBy(a))),
                    HtmlTable.Cell.of(Html.breakable(ClusterTables.source(a.source()))), HtmlTable.Cell.of(reason));
        }
        t.appendTo(b);
        b.append("</section>\n");
    }

    private static void drift(Report report, StringBuilder b) {
        if (report.drift().isEmpty()) {
            return;
        }
        b.append("<section id=\"drift\"><h2>Drift: the cluster runs another version than Git declares</h2>\n");
        HtmlTable t = new HtmlTable("drift-table", HtmlTable.Column.text("Name"), HtmlTable.Column.text("Declared"),
                HtmlTable.Column.text("In"), HtmlTable.Column.text("Running"), HtmlTable.Column.text("Seen in"), HtmlTable.Column.text("Detail"));
        for (DriftEntry d : report.drift()) {
            t.add(null, HtmlTable.Cell.of(Html.text(d.name())), HtmlTable.Cell.of(Html.text(d.declared())),
                    HtmlTable.Cell.of(d.declaredIn().stream().map(f -> Html.code(f)).collect(Collectors.joining("<br>"))),
                    HtmlTable.Cell.of(Html.text(d.running())),
                    HtmlTable.Cell.of(d.runningIn().stream().map(Html::breakable).collect(Collectors.joining("<br>"))),
                    HtmlTable.Cell.of(Html.text(d.detail())));
        }
        t.appendTo(b);
        b.append("</section>\n");
    }

    private static void clusterProblems(Report report, StringBuilder b) {
        if (report.clusterProblems().isEmpty()) {
            return;
        }
        b.append("<section id=\"cluster-problems\"><h2>Cluster: not read</h2>\n");
        HtmlTable t = new HtmlTable("cluster-problems-table", HtmlTable.Column.text("Kind"), HtmlTable.Column.text("Reason"),
                HtmlTable.Column.text("Message"));
        for (ClusterProblemEntry p : report.clusterProblems()) {
            t.add(null, HtmlTable.Cell.of(Html.text(p.kind() + (p.namespace() == null ? " (cluster-wide)" : " in " + p.namespace()))),
                    HtmlTable.Cell.of(Html.text(p.reason())), HtmlTable.Cell.of(Html.text(p.message())));
        }
        t.appendTo(b);
        b.append("</section>\n");
    }

    private static void rightsizing(Report report, StringBuilder b) {
        RightsizingEntry r = report.rightsizing();
        if (r == null) {
            return;
        }
        b.append("<section id=\"rightsizing\"><h2>Rightsizing</h2>\n<p class=\"meta\">Cluster ").append(Html.text(r.cluster()))
                .append(", read at ").append(Html.text(r.readAt())).append("; ").append(Html.text(r.monthlySaving())).append(' ')
                .append(Html.text(r.currency())).append(" per month in the proposed pull requests.</p>\n");
        for (RightsizingEntry.ProposalEntry p : r.proposals()) {
            b.append("<p><code>").append(Html.text(p.branch())).append("</code> ").append(Html.text(p.title())).append(" — ")
                    .append(Html.text(p.monthlySaving())).append(' ').append(Html.text(r.currency())).append("/month; ")
                    .append(Html.text(p.decision()))
                    .append(p.editFailure() == null ? "" : " <span class=\"badge lookup-failed\">edit failed</span> " + Html.text(p.editFailure()))
                    .append("</p>\n");
        }
        String savings = SavingsChart.svg(r);
        if (!savings.isEmpty()) {
            b.append("<h3>Monthly saving by workload</h3>\n").append(savings);
        }
        String resources = ResourceChart.svg(r);
        if (!resources.isEmpty()) {
            b.append("<h3>Requests and limits against the VPA</h3>\n").append(resources);
        }
        HtmlTable t = new HtmlTable("rightsizing-table", HtmlTable.Column.text("Workload"), HtmlTable.Column.text("Container"),
                HtmlTable.Column.text("Value"), HtmlTable.Column.text("Current"), HtmlTable.Column.text("Proposed"),
                HtmlTable.Column.text("VPA target"), HtmlTable.Column.text("Status"), HtmlTable.Column.text("Where"), HtmlTable.Column.text("Why"));
        for (RightsizingEntry.WorkloadEntry w : r.workloads()) {
            for (RightsizingEntry.ContainerEntry c : w.containers()) {
                for (RightsizingEntry.ValueEntry v : c.values()) {
                    RightsizingEntry.VpaEntry vpa = c.vpa().get(v.resource());
                    String where = v.where() != null ? v.where() : w.placement();
                    String why = "change".equals(v.status()) ? Text.orEmpty(v.why()) : Text.orEmpty(v.reason() != null ? v.reason() : c.reason());
                    t.add(null, HtmlTable.Cell.of(Html.text(w.id())), HtmlTable.Cell.of(Html.text(c.name())),
                            HtmlTable.Cell.of(Html.text(v.resource() + " " + v.field())), HtmlTable.Cell.of(Html.text(v.current())),
                            HtmlTable.Cell.of(Html.text(v.proposed())), HtmlTable.Cell.of(Html.text(vpa == null ? "" : vpa.target())),
                            HtmlTable.Cell.sorted(HtmlRenderer.badge(v.status()), Text.orEmpty(v.status())),
                            HtmlTable.Cell.of(Html.code(where)), HtmlTable.Cell.of(Html.text(why)));
                }
            }
        }
        if (!t.isEmpty()) {
            t.appendTo(b);
        }
        b.append("</section>\n");
    }
}
