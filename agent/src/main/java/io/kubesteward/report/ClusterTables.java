package io.kubesteward.report;

import java.util.List;

/** The terminal report's cluster sections: add-ons, drift, what could not be read. Only when a cluster was read. */
final class ClusterTables {
    private static final String INDENT = "  ";

    private ClusterTables() {
    }

    static void append(Report report, StringBuilder b, TableLayout layout) {
        addons(report, b, layout);
        drift(report, b, layout);
        problems(report, b, layout);
    }

    private static void addons(Report report, StringBuilder b, TableLayout layout) {
        if (report.addons().isEmpty()) {
            return;
        }
        b.append("Add-ons\n");
        TextTable t = new TextTable(true, TextTable.Column.left("NAME", 28), TextTable.Column.left("NAMESPACE", 24),
                TextTable.Column.left("RUNNING", 20), TextTable.Column.left("ALLOWED", 20), TextTable.Column.whole("STATUS", 13),
                TextTable.Column.path("IN GIT", 50), TextTable.Column.left("VERSIONS FROM", 60), TextTable.Column.wrapping("REASON"));
        for (AddonEntry a : report.addons()) {
            t.add(a.name(), a.namespace(), Text.orEmpty(a.running()), Text.orEmpty(a.newestAllowed()), a.status(), managedBy(a),
                    source(a.source()), Text.orEmpty(a.reason()));
        }
        t.appendTo(b, INDENT, layout);
        List<AddonEntry> unmanaged = report.addons().stream().filter(a -> !a.managed() && a.advice() != null).toList();
        if (!unmanaged.isEmpty()) {
            b.append(INDENT).append("Not in Git:\n");
            TextTable advice = new TextTable(false, TextTable.Column.left("", 50), TextTable.Column.wrapping(""));
            unmanaged.forEach(a -> advice.add(a.name() + " (" + a.namespace() + ")", a.advice()));
            advice.appendTo(b, INDENT + INDENT, layout);
        }
        b.append('\n');
    }

    private static void drift(Report report, StringBuilder b, TableLayout layout) {
        if (report.drift().isEmpty()) {
            return;
        }
        b.append("Drift: the cluster runs another version than the repository declares\n");
        TextTable t = new TextTable(true, TextTable.Column.left("NAME", 40), TextTable.Column.left("DECLARED", 20),
                TextTable.Column.path("IN", 60), TextTable.Column.left("RUNNING", 20), TextTable.Column.left("SEEN IN", 70),
                TextTable.Column.wrapping("DETAIL"));
        for (DriftEntry d : report.drift()) {
            t.add(d.name(), d.declared(), first(d.declaredIn()), d.running(), first(d.runningIn()), Text.orEmpty(d.detail()));
        }
        t.appendTo(b, INDENT, layout);
        b.append('\n');
    }

    private static void problems(Report report, StringBuilder b, TableLayout layout) {
        if (report.clusterProblems().isEmpty()) {
            return;
        }
        b.append("Cluster: not read\n");
        TextTable t = new TextTable(false, TextTable.Column.left("", 60), TextTable.Column.left("", 14), TextTable.Column.wrapping(""));
        for (ClusterProblemEntry p : report.clusterProblems()) {
            t.add(p.kind() + (p.namespace() == null ? " (cluster-wide)" : " in " + p.namespace()), p.reason(), p.message());
        }
        t.appendTo(b, INDENT, layout);
        b.append('\n');
    }

    static String managedBy(AddonEntry a) {
        if (!a.managed()) {
            return "no";
        }
        AddonEntry.ManagedByEntry first = a.declarations().get(0);
        return TableRenderer.location(first.file(), first.line()) + more(a.declarations().size());
    }

    static String source(AddonEntry.SourceEntry s) {
        if (s == null) {
            return "";
        }
        return "docker".equals(s.kind()) ? s.repository() + "/" + s.name() : s.name() + " from " + s.repository();
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? "" : values.get(0) + more(values.size());
    }

    private static String more(int size) {
        return size > 1 ? " +" + (size - 1) : "";
    }
}
