package io.kubesteward.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The add-on inventory at a glance: one bar split by status, one by whether Git manages the add-on, and how many drifted. */
final class AddonChart {
    static final Map<String, String> COLOURS = Map.of(
            "update", "#f59e0b", "no-update", "#22c55e", "held-back", "#a855f7", "lookup-failed", "#ef4444", "skipped", "#9ca3af");
    static final String OTHER = "#cbd5e1";
    static final String MANAGED = "#2563eb";
    static final String UNMANAGED = "#f97316";

    private static final int LEFT = 160;
    private static final int BAR_WIDTH = 700;

    private AddonChart() {
    }

    static String svg(List<AddonEntry> addons, List<DriftEntry> drift) {
        if (addons.isEmpty()) {
            return "";
        }
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        addons.forEach(a -> byStatus.merge(Text.orEmpty(a.status()), 1, Integer::sum));
        long managed = addons.stream().filter(AddonEntry::managed).count();
        Map<String, Integer> byManagement = new LinkedHashMap<>();
        byManagement.put("in Git", (int) managed);
        byManagement.put("not in Git", (int) (addons.size() - managed));
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"addon-chart\" role=\"img\" viewBox=\"0 0 1000 110\" width=\"1000\" height=\"110\" ")
                .append("aria-label=\"").append(addons.size()).append(" add-ons by status and by management\">\n");
        bar(b, 8, "status", byStatus, addons.size(), true);
        bar(b, 48, "managed", byManagement, addons.size(), false);
        b.append("<text x=\"").append(LEFT).append("\" y=\"104\" class=\"muted\">").append(drift.size())
                .append(drift.size() == 1 ? " release runs" : " releases run").append(" another version than Git declares</text>\n</svg>\n");
        return b.toString();
    }

    private static void bar(StringBuilder b, int y, String label, Map<String, Integer> counts, int total, boolean byStatus) {
        b.append("<text x=\"").append(LEFT - 10).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">").append(label).append("</text>");
        double x = LEFT;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() == 0) {
                continue;
            }
            double w = BAR_WIDTH * e.getValue() / (double) total;
            String colour = byStatus ? COLOURS.getOrDefault(e.getKey(), OTHER) : e.getKey().equals("in Git") ? MANAGED : UNMANAGED;
            b.append("<g><title>").append(Html.text(e.getValue() + " " + e.getKey())).append("</title><rect x=\"").append(Html.num(x))
                    .append("\" y=\"").append(y).append("\" width=\"").append(Html.num(w)).append("\" height=\"24\" fill=\"").append(colour)
                    .append("\" stroke=\"#ffffff\"/>");
            if (w > 60) {
                b.append("<text x=\"").append(Html.num(x + 6)).append("\" y=\"").append(y + 17).append("\">")
                        .append(Html.text(e.getValue() + " " + e.getKey())).append("</text>");
            }
            b.append("</g>\n");
            x += w;
        }
    }
}
