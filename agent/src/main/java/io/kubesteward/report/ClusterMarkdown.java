package io.kubesteward.report;

import java.util.ArrayList;
import java.util.List;

/** The Markdown report's cluster sections: add-ons, drift, what could not be read. Only when a cluster was read. */
final class ClusterMarkdown {
    private static final int TEXT_MAX = 500;

    private ClusterMarkdown() {
    }

    static void append(Report report, StringBuilder b) {
        if (!report.addons().isEmpty()) {
            b.append("\n## Add-ons\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (AddonEntry a : report.addons()) {
                String git = a.managed() ? Markdown.code(ClusterTables.managedBy(a))
                        : "no: " + MarkdownSanitizer.inline(a.advice(), TEXT_MAX);
                rows.add(List.of(Markdown.code(a.name()), Markdown.code(a.namespace()), Markdown.code(a.running()),
                        Markdown.code(a.newestAllowed()), MarkdownSanitizer.inline(a.status(), 20), git,
                        Markdown.code(ClusterTables.source(a.source())), MarkdownSanitizer.inline(a.reason(), TEXT_MAX)));
            }
            Markdown.table(b, List.of("Add-on", "Namespace", "Running", "Allowed", "Status", "In Git", "Versions from", "Reason"), rows);
        }
        if (!report.drift().isEmpty()) {
            b.append("\n## Drift\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (DriftEntry d : report.drift()) {
                rows.add(List.of(Markdown.code(d.name()), Markdown.code(d.declared()), codes(d.declaredIn()), Markdown.code(d.running()),
                        MarkdownSanitizer.inline(String.join("; ", d.runningIn()), TEXT_MAX), MarkdownSanitizer.inline(d.detail(), TEXT_MAX)));
            }
            Markdown.table(b, List.of("Name", "Declared", "In", "Running", "Seen in", "Detail"), rows);
        }
        if (!report.clusterProblems().isEmpty()) {
            b.append("\n## Cluster: not read\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (ClusterProblemEntry p : report.clusterProblems()) {
                rows.add(List.of(Markdown.code(p.kind()), p.namespace() == null ? "cluster-wide" : Markdown.code(p.namespace()),
                        MarkdownSanitizer.inline(p.reason(), 20), MarkdownSanitizer.inline(p.message(), TEXT_MAX)));
            }
            Markdown.table(b, List.of("Kind", "Namespace", "Reason", "Message"), rows);
        }
    }

    private static String codes(List<String> values) {
        return String.join("<br>", values.stream().map(Markdown::code).toList());
    }
}
