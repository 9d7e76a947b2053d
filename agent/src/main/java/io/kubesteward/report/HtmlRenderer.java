package io.kubesteward.report;

import io.kubesteward.model.FetchStat;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;

/**
 * The report as one self-contained HTML page: summary cards, pictures (version lag, the add-on
 * inventory, requests against the VPA, savings) and sortable tables. Nothing is fetched when it is
 * opened (its Content Security Policy forbids it), it reads without JavaScript, and every text from
 * a repository, an index or the cluster is escaped.
 */
public final class HtmlRenderer implements Renderer {
    @Override
    public void render(Report report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder(64 * 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(HtmlAssets.contentSecurityPolicy()).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Steward report: ").append(Html.text(report.repository())).append("</title>\n<style>")
                .append(HtmlAssets.STYLE).append("</style></head>\n<body>\n");
        header(report, b);
        proposals(report, b);
        lag(report, b);
        declarations(report, b);
        problems(report, b);
        HtmlClusterSections.append(report, b);
        deliveries(report, b);
        statistics(report, b);
        b.append("<script>").append(HtmlAssets.SCRIPT).append("</script>\n</body></html>\n");
        out.write(b.toString());
    }

    private static void header(Report report, StringBuilder b) {
        b.append("<header><h1>Steward report</h1><p class=\"meta\">").append(Html.text(report.repository())).append(" · generated ")
                .append(Html.text(report.generatedAt())).append(" by Steward ").append(Html.text(report.stewardVersion())).append("</p>\n");
        b.append("<div class=\"cards\">");
        card(b, report.declarations().size(), "declarations");
        report.summary().declarationsByStatus().forEach((status, n) -> {
            if (n != null && n > 0) {
                card(b, n, status);
            }
        });
        card(b, report.proposals().size(), "pull requests proposed");
        card(b, report.problems().size(), "files not read");
        if (!report.addons().isEmpty()) {
            card(b, report.addons().size(), "add-ons");
            card(b, report.drift().size(), "drifted");
        }
        if (report.rightsizing() != null) {
            b.append("<div class=\"card\"><b>").append(Html.text(report.rightsizing().monthlySaving())).append(' ')
                    .append(Html.text(report.rightsizing().currency())).append("</b>saved per month</div>");
        }
        b.append("</div></header>\n");
    }

    private static void card(StringBuilder b, long n, String what) {
        b.append("<div class=\"card\"><b>").append(n).append("</b>").append(Html.text(what)).append("</div>");
    }

    private static void proposals(Report report, StringBuilder b) {
        b.append("<section id=\"proposals\"><h2>Pull requests</h2>\n");
        if (report.proposals().isEmpty()) {
            b.append("<p>None proposed.</p></section>\n");
            return;
        }
        HtmlTable t = new HtmlTable("proposals-table", HtmlTable.Column.text("Branch"), HtmlTable.Column.text("Title"),
                HtmlTable.Column.text("Type"), HtmlTable.Column.text("Changes"), HtmlTable.Column.text("Released"),
                HtmlTable.Column.text("Impact"));
        for (Report.ProposalEntry p : report.proposals()) {
            String changes = p.changes().stream().map(c -> "<code>" + Html.text(TableRenderer.location(c.file(), c.line())) + "</code> "
                    + Html.text(Text.orEmpty(c.shownFrom()) + " → " + Text.orEmpty(c.shownTo()))).collect(Collectors.joining("<br>"));
            String released = p.changes().stream().map(c -> Text.date(c.releasedAt())).distinct().collect(Collectors.joining(", "));
            t.add(p.blocking() ? "blocking" : null, HtmlTable.Cell.of(Html.code(p.branch())),
                    HtmlTable.Cell.of(Html.text(p.title()) + (p.editFailure() == null ? ""
                            : "<br><span class=\"badge lookup-failed\">edit failed</span> " + Html.text(p.editFailure()))),
                    HtmlTable.Cell.of(Html.text(p.updateType())), HtmlTable.Cell.of(changes), HtmlTable.Cell.of(Html.text(released)),
                    HtmlTable.Cell.sorted(impact(p), p.blocking() ? "0" : "1"));
        }
        t.appendTo(b);
        b.append("</section>\n");
    }

    private static String impact(Report.ProposalEntry p) {
        StringBuilder b = new StringBuilder();
        for (Report.ImpactEntry e : p.impact()) {
            if (!e.severity().equals("information")) {
                b.append("<span class=\"badge ").append(e.severity().equals("blocking") ? "blocking" : "held-back").append("\">")
                        .append(Html.text(e.severity())).append("</span> ").append(Html.text(e.summary())).append("<br>");
            }
        }
        long notes = p.impact().stream().filter(e -> e.severity().equals("information")).count();
        if (notes > 0) {
            b.append(notes).append(notes == 1 ? " note" : " notes");
        }
        return b.toString();
    }

    private static void lag(Report report, StringBuilder b) {
        String svg = LagChart.svg(report);
        if (svg.isEmpty()) {
            return;
        }
        b.append("<section id=\"lag\"><h2>Version lag</h2>\n<p class=\"legend\">Each package on one time line: when the version in ")
                .append("Git was released, the newest version the rules allow, and the newest release. Hover a row for its numbers.</p>\n")
                .append(svg).append("</section>\n");
    }

    private static void declarations(Report report, StringBuilder b) {
        b.append("<section id=\"declarations\"><h2>Declarations</h2>\n");
        HtmlTable t = new HtmlTable("declarations-table", HtmlTable.Column.text("File"), HtmlTable.Column.text("Kind"),
                HtmlTable.Column.text("Name"), HtmlTable.Column.text("Current"), HtmlTable.Column.text("Proposed"),
                HtmlTable.Column.text("Newest"), HtmlTable.Column.number("Newer releases"), HtmlTable.Column.text("Current released"),
                HtmlTable.Column.text("Status"), HtmlTable.Column.text("Reason"));
        for (Report.DeclarationEntry d : report.declarations()) {
            String proposed = d.updates().stream().map(u -> Text.orEmpty(u.shown())).collect(Collectors.joining(", "));
            String newest = d.lag() != null ? d.lag().newest() : Text.orEmpty(d.newest());
            t.add(null, HtmlTable.Cell.of(Html.code(TableRenderer.location(d.file(), d.line()))),
                    HtmlTable.Cell.of(Html.text(d.kind())), HtmlTable.Cell.of(Html.text(d.name())), HtmlTable.Cell.of(Html.text(d.current())),
                    HtmlTable.Cell.of(Html.text(proposed)), HtmlTable.Cell.of(Html.text(newest)),
                    HtmlTable.Cell.sorted(d.lag() == null ? "" : String.valueOf(d.lag().newerReleases()),
                            d.lag() == null ? "" : String.valueOf(d.lag().newerReleases())),
                    HtmlTable.Cell.of(Html.text(d.lag() == null ? "" : Text.date(d.lag().currentReleasedAt()))),
                    HtmlTable.Cell.of(badge(d.status())), HtmlTable.Cell.of(Html.text(d.reason())));
        }
        t.appendTo(b);
        b.append("</section>\n");
    }

    static String badge(String status) {
        return "<span class=\"badge " + Html.statusClass(status) + "\">" + Html.text(status) + "</span>";
    }

    private static void problems(Report report, StringBuilder b) {
        if (report.problems().isEmpty()) {
            return;
        }
        b.append("<section id=\"problems\"><h2>Files not read</h2>\n");
        HtmlTable t = new HtmlTable("problems-table", HtmlTable.Column.text("Where"), HtmlTable.Column.text("Problem"));
        for (Report.ProblemEntry p : report.problems()) {
            String where = p.line() > 0 ? p.file() + ":" + p.line() + ":" + p.column() : p.file();
            t.add(null, HtmlTable.Cell.of(Html.code(where)), HtmlTable.Cell.of(Html.text(p.message())));
        }
        t.appendTo(b);
        b.append("</section>\n");
    }

    private static void deliveries(Report report, StringBuilder b) {
        if (report.deliveries().isEmpty()) {
            return;
        }
        b.append("<section id=\"deliveries\"><h2>Delivery</h2>\n");
        HtmlTable t = new HtmlTable("deliveries-table", HtmlTable.Column.text("Branch"), HtmlTable.Column.text("Done"),
                HtmlTable.Column.text("Pull request"), HtmlTable.Column.text("Detail"));
        for (Report.DeliveryEntry d : report.deliveries()) {
            t.add(null, HtmlTable.Cell.of(Html.code(d.branch())), HtmlTable.Cell.of(Html.text(d.action())),
                    HtmlTable.Cell.of(Html.link(d.pullRequest(), d.pullRequest())), HtmlTable.Cell.of(Html.text(d.detail())));
        }
        t.appendTo(b);
        b.append("</section>\n");
    }

    private static void statistics(Report report, StringBuilder b) {
        Report.Statistics s = report.statistics();
        b.append("<section id=\"statistics\"><h2>Statistics</h2>\n<p>").append(Text.count(s.filesScanned(), "file", "files"))
                .append(" scanned, ").append(Text.count(s.declarations(), "declaration", "declarations")).append(", ")
                .append(Html.text(Text.millis(s.durationMillis()))).append("</p>\n");
        if (!s.indexes().isEmpty()) {
            HtmlTable t = new HtmlTable("indexes-table", HtmlTable.Column.text("Index"), HtmlTable.Column.text("Outcome"),
                    HtmlTable.Column.number("Bytes"), HtmlTable.Column.number("Fetch ms"), HtmlTable.Column.number("Parse ms"),
                    HtmlTable.Column.number("Entries"));
            for (FetchStat f : s.indexes()) {
                t.add(null, HtmlTable.Cell.of(Html.text(f.repository())), HtmlTable.Cell.of(Html.text(f.outcome())),
                        HtmlTable.Cell.sorted(Html.text(Text.bytes(f.bytes())), String.valueOf(f.bytes())),
                        HtmlTable.Cell.of(String.valueOf(f.fetchMillis())), HtmlTable.Cell.of(String.valueOf(f.parseMillis())),
                        HtmlTable.Cell.of(String.valueOf(f.entriesKept())));
            }
            t.appendTo(b);
        }
        b.append("</section>\n");
    }
}
