package io.kubesteward.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan for scripts: a header and one row per (declaration, update) with the columns
 * {@code file kind name current proposed}. A declaration without an update has one row with an
 * empty {@code proposed}. With a cluster, the containers' requests and limits the repository declares
 * follow, as kind {@code container-resources}.
 */
public final class TsvRenderer implements Renderer {
    static final List<String> HEADER = List.of("file", "kind", "name", "current", "proposed");

    @Override
    public void render(Report report, Writer out) throws IOException {
        StringBuilder b = new StringBuilder();
        line(b, HEADER);
        rows(report).forEach(r -> line(b, r));
        out.write(b.toString());
    }

    static List<List<String>> rows(Report report) {
        List<List<String>> rows = new ArrayList<>();
        for (Report.DeclarationEntry d : report.declarations()) {
            if (d.updates().isEmpty()) {
                rows.add(row(d, ""));
            }
            for (Report.UpdateEntry u : d.updates()) {
                rows.add(row(d, u.shown()));
            }
        }
        rows.addAll(resources(report));
        return rows;
    }

    /** With a cluster, each request and limit the repository declares, kind {@code container-resources}, proposed when rightsizing changes it. */
    private static List<List<String>> resources(Report report) {
        List<List<String>> rows = new ArrayList<>();
        if (report.rightsizing() == null) {
            return rows;
        }
        for (RightsizingEntry.WorkloadEntry w : report.rightsizing().workloads()) {
            for (RightsizingEntry.ContainerEntry c : w.containers()) {
                for (RightsizingEntry.ValueEntry v : c.values()) {
                    if (v.file() != null) {
                        String name = w.kind() + "/" + w.namespace() + "/" + w.name() + "/" + c.name() + ":" + v.field() + "s." + v.resource();
                        rows.add(List.of(Text.oneLine(v.file()), "container-resources", Text.oneLine(name), Text.oneLine(v.current()),
                                "change".equals(v.status()) ? Text.oneLine(v.proposed()) : ""));
                    }
                }
            }
        }
        return rows;
    }

    private static List<String> row(Report.DeclarationEntry d, String proposed) {
        return List.of(Text.oneLine(d.file()), Text.oneLine(d.kind()), Text.oneLine(d.name()), Text.oneLine(d.current()),
                Text.oneLine(proposed));
    }

    private static void line(StringBuilder b, List<String> cells) {
        b.append(String.join("\t", cells)).append('\n');
    }
}
