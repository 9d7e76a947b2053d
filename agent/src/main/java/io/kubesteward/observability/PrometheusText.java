package io.kubesteward.observability;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prometheus' text exposition format 0.0.4: {@code # HELP}, {@code # TYPE}, one line per sample,
 * \n line ends. A family without samples is left out entirely (a Pushgateway POST then keeps the
 * value it has).
 */
public final class PrometheusText {
    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {
    }

    public static String render(List<MetricFamily> families) {
        StringBuilder b = new StringBuilder();
        for (MetricFamily f : families) {
            if (f.samples().isEmpty()) {
                continue;
            }
            b.append("# HELP ").append(f.name()).append(' ').append(escapeHelp(f.help())).append('\n');
            b.append("# TYPE ").append(f.name()).append(' ').append(f.type().name().toLowerCase(Locale.ROOT)).append('\n');
            for (MetricFamily.Sample s : f.samples()) {
                b.append(f.name());
                if (!s.labels().isEmpty()) {
                    b.append('{');
                    boolean first = true;
                    for (Map.Entry<String, String> l : s.labels().entrySet()) {
                        b.append(first ? "" : ",").append(l.getKey()).append("=\"").append(escapeLabel(l.getValue())).append('"');
                        first = false;
                    }
                    b.append('}');
                }
                b.append(' ').append(number(s.value())).append('\n');
            }
        }
        return b.toString();
    }

    static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    private static String escapeHelp(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n");
    }

    private static String escapeLabel(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
