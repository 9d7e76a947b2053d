package io.kubesteward.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Markdown body of a rightsizing pull request, as RIGHTSIZING.md asks: current → proposed per
 * container and resource (with the Helm values key that feeds it) with T/L/U, conf, PeakEst, OOM and HPA facts, the
 * QoS class, the gates passed, the rule behind each number, the monthly cost impact with its prices, and how to roll
 * back ({@link RightsizingBodySections}); then hidden metadata so a later run recognises it. Names and texts from the
 * cluster and from charts are sanitised.
 */
public final class RightsizingPullRequestBody {
    private static final String FOOTER = "---\n\n<sub>Opened by Steward from the cluster's VerticalPodAutoscaler recommendations. "
            + "Closing this pull request without merging it tells Steward to leave these values alone.</sub>\n\n";

    private RightsizingPullRequestBody() {
    }

    public static String text(RightsizingEntry section, RightsizingEntry.ProposalEntry p) {
        List<RightsizingEntry.WorkloadEntry> workloads = section.workloads().stream().filter(w -> p.workloads().contains(w.id())).toList();
        StringBuilder b = new StringBuilder();
        b.append(intro(section, p));
        if (p.editFailure() != null) {
            b.append("**This change could not be made:** ").append(MarkdownSanitizer.inline(p.editFailure(), 1_000)).append("\n\n");
        }
        if (!workloads.isEmpty()) {
            RightsizingBodySections.legend(b);
        }
        for (RightsizingEntry.WorkloadEntry w : workloads) {
            workload(w, b);
        }
        if (!workloads.isEmpty()) {
            RightsizingBodySections.cost(section, workloads, b);
            RightsizingBodySections.rollingBack(section, workloads, b);
        }
        if (!p.notes().isEmpty()) {
            b.append("**Also in this change**\n\n");
            p.notes().stream().limit(20).forEach(n -> b.append("- ").append(MarkdownSanitizer.inline(n, 500)).append('\n'));
            b.append('\n');
        }
        String body = Text.cut(b.toString(), PullRequestBody.MAX_CHARS - 2_000);
        String metadata = new PullRequestMetadata(p.branch(), "rightsizing/" + p.app(), section.cluster(), p.targets()).comment();
        return body + FOOTER + metadata + "\n";
    }

    private static String intro(RightsizingEntry section, RightsizingEntry.ProposalEntry p) {
        StringBuilder b = new StringBuilder(p.reliability() ? "**Reliability:** OOM kills drive this change; it goes first.\n\n" : "");
        b.append("Steward proposes new resource requests and limits for ").append(Markdown.code(p.app())).append(" (")
                .append(Text.count(p.workloads().size(), "workload", "workloads")).append(") from the VerticalPodAutoscaler "
                        + "recommendations of cluster ").append(Markdown.code(Text.orEmpty(section.cluster())))
                .append(", read at ").append(Markdown.code(Text.orEmpty(section.readAt()))).append(". Estimated saving: **")
                .append(p.monthlySaving()).append(' ').append(MarkdownSanitizer.inline(Text.orEmpty(section.currency()), 10))
                .append("/month**. Why a pull request: ").append(MarkdownSanitizer.inline(p.decision(), 500)).append(".\n\n");
        if (p.files().stream().anyMatch(f -> f.endsWith("-vpa.yaml"))) {
            b.append("It adds VerticalPodAutoscaler objects in `updateMode: \"Off\"`: they only recommend, and nothing is applied "
                    + "to the cluster by Steward.\n\n");
        }
        return b.toString();
    }

    private static void workload(RightsizingEntry.WorkloadEntry w, StringBuilder b) {
        b.append("### ").append(MarkdownSanitizer.inline(w.id(), 300)).append("\n\n")
                .append("Declared in ").append(MarkdownSanitizer.inline(w.source(), 500)).append(".\n\n")
                .append(RightsizingBodySections.qos(w));
        for (RightsizingEntry.ContainerEntry c : w.containers()) {
            b.append("**Container ").append(Markdown.code(c.name())).append("** — ").append(facts(c)).append("\n\n");
            List<List<String>> rows = new ArrayList<>();
            boolean keys = c.values().stream().anyMatch(v -> v.valuesKey() != null);
            for (RightsizingEntry.ValueEntry v : c.values()) {
                RightsizingEntry.VpaEntry vpa = c.vpa().get(v.resource());
                List<String> row = new ArrayList<>();
                row.add(v.resource() + " " + v.field());
                if (keys) {
                    row.add(v.valuesKey() == null ? "" : code(v.valuesKey()) + (v.line() > 0 ? "" : " (added)"));
                }
                rows.add(row);
                row.addAll(List.of(code(v.current()), "change".equals(v.status()) ? "**" + code(v.proposed()) + "**"
                        : code(v.proposed()) + " (" + v.status() + ")", vpa == null ? "" : vpa.target(), vpa == null ? "" : vpa.lowerBound(),
                        vpa == null ? "" : vpa.upperBound(), MarkdownSanitizer.inline(Text.orEmpty(v.rule()), 200),
                        MarkdownSanitizer.inline(Text.orEmpty(v.why()) + (v.reason() == null ? "" : " — " + v.reason()), 500)));
            }
            if (!rows.isEmpty()) {
                List<String> head = new ArrayList<>(List.of("Value", "Current", "Proposed", "T", "L", "U", "Rule", "How"));
                if (keys) {
                    head.add(1, "Values key");
                }
                Markdown.table(b, head, rows);
                b.append('\n');
            } else if (c.reason() != null) {
                b.append("Unchanged: ").append(MarkdownSanitizer.inline(c.reason(), 500)).append("\n\n");
            }
            b.append("Gates: ").append(c.gates().stream().map(g -> (g.passed() ? "✓ " : "✗ ") + MarkdownSanitizer.inline(g.name(), 50)
                    + " (" + MarkdownSanitizer.inline(g.detail(), 200) + ")").collect(Collectors.joining("; "))).append(".\n\n");
            List<String> notes = new ArrayList<>(RightsizingBodySections.hpa(c));
            notes.addAll(c.notes());
            if (!notes.isEmpty()) {
                notes.forEach(n -> b.append("- ").append(MarkdownSanitizer.inline(n, 500)).append('\n'));
                b.append('\n');
            }
        }
        if (!w.quota().isEmpty()) {
            b.append("ResourceQuota: ").append(w.quota().stream().map(q -> MarkdownSanitizer.inline(q, 300)).collect(Collectors.joining("; ")))
                    .append(".\n\n");
        }
    }

    private static String facts(RightsizingEntry.ContainerEntry c) {
        List<String> facts = new ArrayList<>();
        facts.add(Text.count(c.replicas(), "replica", "replicas"));
        facts.add("conf " + (c.confidenceDays() == null ? "unknown" : c.confidenceDays() + " d") + " ("
                + MarkdownSanitizer.inline(Text.orEmpty(c.confidenceSource()), 200) + ")");
        facts.add("PeakEst " + (c.peakEstimate() == null ? "unknown" : code(c.peakEstimate())) + " ("
                + MarkdownSanitizer.inline(Text.orEmpty(c.peakSource()), 200) + ")");
        facts.add(c.oomKills() == 0 ? "no OOM kill in the lookback" : c.oomKills() + " OOM kill(s), the last at " + c.lastOomKill());
        facts.add(c.hpa().isEmpty() ? "no HPA on cpu or memory" : "an HPA scales on " + String.join(" and ", c.hpa()));
        if (c.heap() != null) {
            facts.add("managed heap: " + MarkdownSanitizer.inline(c.heap(), 200));
        }
        return String.join("; ", facts);
    }

    private static String code(String value) {
        return value == null ? "none" : Markdown.code(value);
    }
}
