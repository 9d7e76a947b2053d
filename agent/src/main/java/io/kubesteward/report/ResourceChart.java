package io.kubesteward.report;

import io.kubesteward.model.Quantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Requests and limits against the VPA: per container and resource, the recommender's lower and
 * upper bound as a band, its target as a tick, the current request, the proposed one and the limit,
 * each on that row's own scale. Containers that change come first.
 */
final class ResourceChart {
    static final String BAND = "#b4d5fe";
    static final String TARGET = "#1d4ed8";
    static final String REQUEST = "#111827";
    static final String PROPOSED = "#16a34a";
    static final String LIMIT = "#6b7280";
    static final int MAX_ROWS = 80;

    private static final int WIDTH = 1000;
    private static final int LABEL = 330;
    private static final int PLOT_END = 790;
    private static final int ROW = 26;
    private static final int TOP = 26;

    private record Row(String label, String resource, Quantity lower, Quantity target, Quantity upper, Quantity request,
                       Quantity proposed, Quantity limit, boolean changes, String tooltip) {
        BigDecimal max() {
            BigDecimal m = BigDecimal.ZERO;
            for (Quantity q : new Quantity[] {lower, target, upper, request, proposed, limit}) {
                if (q != null && q.amount().compareTo(m) > 0) {
                    m = q.amount();
                }
            }
            return m;
        }
    }

    private ResourceChart() {
    }

    /** Empty when no container has a VPA recommendation to show. */
    static String svg(RightsizingEntry rightsizing) {
        List<Row> rows = new ArrayList<>();
        for (RightsizingEntry.WorkloadEntry w : rightsizing.workloads()) {
            for (RightsizingEntry.ContainerEntry c : w.containers()) {
                c.vpa().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> row(w, c, e.getKey(), e.getValue()).ifPresent(rows::add));
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        rows.sort(java.util.Comparator.comparing((Row r) -> !r.changes()));
        int hidden = Math.max(0, rows.size() - MAX_ROWS);
        List<Row> shown = rows.subList(0, Math.min(rows.size(), MAX_ROWS));
        int height = TOP + shown.size() * ROW + 10 + (hidden > 0 ? 18 : 0);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"resource-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" aria-label=\"Requests and limits against the VPA recommendation for ").append(shown.size())
                .append(" container resources\">\n");
        legend(b);
        int y = TOP;
        for (Row r : shown) {
            draw(b, r, y);
            y += ROW;
        }
        if (hidden > 0) {
            b.append("<text class=\"muted\" x=\"").append(LABEL).append("\" y=\"").append(y + 14).append("\">and ").append(hidden)
                    .append(" more container resources (see the table)</text>\n");
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static Optional<Row> row(RightsizingEntry.WorkloadEntry w, RightsizingEntry.ContainerEntry c, String resource,
                                     RightsizingEntry.VpaEntry vpa) {
        Optional<RightsizingEntry.ValueEntry> request = value(c, resource, "request");
        Optional<RightsizingEntry.ValueEntry> limit = value(c, resource, "limit");
        Quantity target = quantity(vpa.target());
        if (target == null) {
            return Optional.empty();
        }
        Quantity current = request.map(v -> quantity(v.current())).orElse(null);
        Quantity proposed = request.filter(v -> "change".equals(v.status())).map(v -> quantity(v.proposed())).orElse(null);
        boolean changes = c.values().stream().anyMatch(v -> "change".equals(v.status()) && v.resource().equals(resource));
        String label = w.namespace() + "/" + w.name() + " · " + c.name() + " · " + resource;
        String tooltip = w.kind() + " " + label + ": VPA target " + vpa.target() + " (bounds " + Text.orEmpty(vpa.lowerBound()) + " – "
                + Text.orEmpty(vpa.upperBound()) + "); request " + request.map(v -> Text.orEmpty(v.current())).orElse("none")
                + (proposed == null ? "" : " → " + request.get().proposed()) + "; limit "
                + limit.map(v -> Text.orEmpty(v.current())).orElse("none");
        return Optional.of(new Row(label, resource, quantity(vpa.lowerBound()), target, quantity(vpa.upperBound()), current, proposed,
                limit.map(v -> quantity(v.current())).orElse(null), changes, tooltip));
    }

    private static void draw(StringBuilder b, Row r, int y) {
        int mid = y + ROW / 2;
        double max = r.max().doubleValue() * 1.08;
        b.append("<g><title>").append(Html.text(r.tooltip())).append("</title>");
        b.append("<text x=\"").append(LABEL - 10).append("\" y=\"").append(mid + 4).append("\" text-anchor=\"end\">")
                .append(Html.text(Text.cut(r.label(), 46))).append("</text>");
        b.append("<line x1=\"").append(LABEL).append("\" y1=\"").append(mid).append("\" x2=\"").append(PLOT_END).append("\" y2=\"")
                .append(mid).append("\" stroke=\"#e5e7eb\"/>");
        if (r.lower() != null && r.upper() != null) {
            double from = at(r.lower(), max);
            b.append("<rect x=\"").append(Html.num(from)).append("\" y=\"").append(mid - 7).append("\" width=\"")
                    .append(Html.num(Math.max(2, at(r.upper(), max) - from))).append("\" height=\"14\" fill=\"").append(BAND).append("\"/>");
        }
        double target = at(r.target(), max);
        b.append("<rect x=\"").append(Html.num(target - 1.5)).append("\" y=\"").append(mid - 10).append("\" width=\"3\" height=\"20\" fill=\"")
                .append(TARGET).append("\"/>");
        if (r.limit() != null) {
            double l = at(r.limit(), max);
            b.append("<rect x=\"").append(Html.num(l - 5)).append("\" y=\"").append(mid - 5).append("\" width=\"10\" height=\"10\" fill=\"none\" ")
                    .append("stroke=\"").append(LIMIT).append("\" stroke-width=\"2\"/>");
        }
        if (r.request() != null) {
            double c = at(r.request(), max);
            if (r.proposed() != null) {
                double p = at(r.proposed(), max);
                b.append("<line x1=\"").append(Html.num(c)).append("\" y1=\"").append(mid).append("\" x2=\"").append(Html.num(p))
                        .append("\" y2=\"").append(mid).append("\" stroke=\"").append(PROPOSED).append("\" stroke-width=\"3\"/>");
                b.append("<circle cx=\"").append(Html.num(p)).append("\" cy=\"").append(mid).append("\" r=\"6\" fill=\"").append(PROPOSED)
                        .append("\"/>");
            }
            b.append("<circle cx=\"").append(Html.num(c)).append("\" cy=\"").append(mid).append("\" r=\"5\" fill=\"").append(REQUEST)
                    .append("\"/>");
        }
        String numbers = (r.request() == null ? "no request" : r.request().text()) + (r.proposed() == null ? "" : " → " + r.proposed().text())
                + " (target " + r.target().text() + ")";
        b.append("<text class=\"muted\" x=\"").append(PLOT_END + 10).append("\" y=\"").append(mid + 4).append("\">")
                .append(Html.text(Text.cut(numbers, 32))).append("</text></g>\n");
    }

    private static void legend(StringBuilder b) {
        int x = LABEL;
        b.append("<g class=\"legend\"><rect x=\"").append(x).append("\" y=\"4\" width=\"24\" height=\"12\" fill=\"").append(BAND)
                .append("\"/><text x=\"").append(x + 30).append("\" y=\"14\">VPA lower–upper bound</text>");
        x += 180;
        b.append("<rect x=\"").append(x).append("\" y=\"1\" width=\"3\" height=\"18\" fill=\"").append(TARGET).append("\"/><text x=\"")
                .append(x + 9).append("\" y=\"14\">VPA target</text>");
        x += 90;
        b.append("<circle cx=\"").append(x + 5).append("\" cy=\"10\" r=\"5\" fill=\"").append(REQUEST).append("\"/><text x=\"").append(x + 14)
                .append("\" y=\"14\">request now</text>");
        x += 100;
        b.append("<circle cx=\"").append(x + 6).append("\" cy=\"10\" r=\"6\" fill=\"").append(PROPOSED).append("\"/><text x=\"").append(x + 16)
                .append("\" y=\"14\">proposed</text>");
        x += 80;
        b.append("<rect x=\"").append(x).append("\" y=\"5\" width=\"10\" height=\"10\" fill=\"none\" stroke=\"").append(LIMIT)
                .append("\" stroke-width=\"2\"/><text x=\"").append(x + 16).append("\" y=\"14\">limit</text></g>\n");
    }

    private static double at(Quantity q, double max) {
        return LABEL + (PLOT_END - LABEL) * (max <= 0 ? 0 : q.amount().doubleValue() / max);
    }

    private static Optional<RightsizingEntry.ValueEntry> value(RightsizingEntry.ContainerEntry c, String resource, String field) {
        return c.values().stream().filter(v -> v.resource().equals(resource) && v.field().equals(field)).findFirst();
    }

    private static Quantity quantity(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Quantity.parse(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
