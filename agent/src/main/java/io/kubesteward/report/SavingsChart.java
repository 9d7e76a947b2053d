package io.kubesteward.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Monthly savings by workload as bars from zero: savings to the right, raises (more memory after OOM kills) to the left. */
final class SavingsChart {
    static final String SAVING = "#0d9488";
    static final String RAISE = "#dc2626";
    static final int MAX_ROWS = 40;

    private static final int WIDTH = 1000;
    private static final int LABEL = 330;
    private static final int PLOT_END = 880;
    private static final int ROW = 22;

    private record Bar(String label, BigDecimal amount) {
    }

    private SavingsChart() {
    }

    static String svg(RightsizingEntry rightsizing) {
        List<Bar> bars = new ArrayList<>();
        for (RightsizingEntry.WorkloadEntry w : rightsizing.workloads()) {
            BigDecimal amount = amount(w.monthlySaving());
            if (amount != null && amount.signum() != 0) {
                bars.add(new Bar(w.id(), amount));
            }
        }
        if (bars.isEmpty()) {
            return "";
        }
        bars.sort(Comparator.comparing((Bar bar) -> bar.amount().abs()).reversed());
        List<Bar> shown = bars.subList(0, Math.min(MAX_ROWS, bars.size()));
        double most = shown.stream().mapToDouble(bar -> bar.amount().doubleValue()).max().orElse(0);
        double least = shown.stream().mapToDouble(bar -> bar.amount().doubleValue()).min().orElse(0);
        double span = Math.max(most, 0) - Math.min(least, 0);
        double zero = LABEL + (PLOT_END - LABEL) * (-Math.min(least, 0) / span);
        String currency = Text.orEmpty(rightsizing.currency());
        int hidden = bars.size() - shown.size();
        int height = 10 + shown.size() * ROW + 10 + (hidden > 0 ? 18 : 0);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"savings-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" aria-label=\"Monthly saving by workload, ").append(Html.text(currency)).append("\">\n");
        int y = 10;
        for (Bar bar : shown) {
            double end = LABEL + (PLOT_END - LABEL) * ((bar.amount().doubleValue() - Math.min(least, 0)) / span);
            double from = Math.min(zero, end);
            b.append("<g><title>").append(Html.text(bar.label() + ": " + bar.amount().toPlainString() + " " + currency + "/month"))
                    .append("</title><text x=\"").append(LABEL - 10).append("\" y=\"").append(y + 15).append("\" text-anchor=\"end\">")
                    .append(Html.text(Text.cut(bar.label(), 46))).append("</text><rect x=\"").append(Html.num(from)).append("\" y=\"")
                    .append(y + 4).append("\" width=\"").append(Html.num(Math.max(2, Math.abs(end - zero)))).append("\" height=\"14\" fill=\"")
                    .append(bar.amount().signum() > 0 ? SAVING : RAISE).append("\"/><text class=\"muted\" x=\"")
                    .append(Html.num(Math.max(zero, end) + 6)).append("\" y=\"").append(y + 15).append("\">")
                    .append(Html.text(bar.amount().toPlainString() + " " + currency)).append("</text></g>\n");
            y += ROW;
        }
        if (hidden > 0) {
            b.append("<text class=\"muted\" x=\"").append(LABEL).append("\" y=\"").append(y + 14).append("\">and ").append(hidden)
                    .append(" more with smaller amounts (see the table)</text>\n");
        }
        b.append("<line x1=\"").append(Html.num(zero)).append("\" y1=\"6\" x2=\"").append(Html.num(zero)).append("\" y2=\"")
                .append(10 + shown.size() * ROW + 4)
                .append("\" stroke=\"#6b7280\"/>\n</svg>\n");
        return b.toString();
    }

    private static BigDecimal amount(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
