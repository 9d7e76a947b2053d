package io.kubesteward.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The version-lag picture: one row per declaration on a shared time line, from when its current
 * version was released to when the newest release was, with the newest version the rules allow
 * marked between; the longest lag first. An SVG, readable without a script.
 */
final class LagChart {
    static final String BAR = "#94a3b8";
    static final String CURRENT = "#475569";
    static final String ALLOWED = "#16a34a";
    static final String NEWEST = "#ea580c";
    static final int MAX_ROWS = 60;

    private static final int WIDTH = 1000;
    private static final int LABEL = 280;
    private static final int PLOT_END = 860;
    private static final int ROW = 24;
    private static final int TOP = 30;

    private record Row(Report.DeclarationEntry d, Instant current, Instant allowed, Instant newest) {
        Duration lag() {
            return current == null || newest == null ? Duration.ZERO : Duration.between(current, newest);
        }
    }

    private LagChart() {
    }

    /** Empty when no declaration has a lag to show. */
    static String svg(Report report) {
        Instant generated = instant(report.generatedAt());
        List<Row> rows = new ArrayList<>();
        for (Report.DeclarationEntry d : report.declarations()) {
            if (d.lag() == null) {
                continue;
            }
            Instant allowed = d.updates().stream().map(u -> plausible(u.releasedAt(), generated)).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            Row row = new Row(d, plausible(d.lag().currentReleasedAt(), generated), allowed, plausible(d.lag().newestReleasedAt(), generated));
            if (row.current() != null || row.newest() != null) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            return "";
        }
        rows.sort(Comparator.comparing(Row::lag).reversed().thenComparing(r -> r.d().name()));
        int hidden = Math.max(0, rows.size() - MAX_ROWS);
        rows = rows.subList(0, Math.min(rows.size(), MAX_ROWS));
        Instant start = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.current(), r.allowed(), r.newest()))
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElseThrow();
        Instant end = rows.stream().flatMap(r -> java.util.stream.Stream.of(r.current(), r.allowed(), r.newest()))
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(start);
        if (generated != null && generated.isAfter(end)) {
            end = generated;
        }
        if (!end.isAfter(start.plus(Duration.ofDays(30)))) {
            end = start.plus(Duration.ofDays(30));
        }
        Scale x = new Scale(start, end);
        int height = TOP + rows.size() * ROW + 24 + (hidden > 0 ? 18 : 0);
        StringBuilder b = new StringBuilder();
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"lag-chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\" aria-label=\"")
                .append("Version lag of ").append(rows.size()).append(" declarations\">\n");
        axis(b, x, height);
        int y = TOP;
        for (Row r : rows) {
            row(b, r, x, y);
            y += ROW;
        }
        if (hidden > 0) {
            b.append("<text class=\"muted\" x=\"").append(LABEL).append("\" y=\"").append(y + 14).append("\">and ").append(hidden)
                    .append(" more with less lag (see the table)</text>\n");
        }
        b.append("</svg>\n");
        return b.toString();
    }

    private static void row(StringBuilder b, Row r, Scale x, int y) {
        Report.DeclarationEntry d = r.d();
        int mid = y + ROW / 2;
        b.append("<g><title>").append(Html.text(tooltip(r))).append("</title>");
        b.append("<text x=\"").append(LABEL - 10).append("\" y=\"").append(mid + 4).append("\" text-anchor=\"end\">")
                .append(Html.text(Text.cut(Text.oneLine(d.name()), 34) + " " + Text.cut(Text.orEmpty(d.current()), 16))).append("</text>");
        double from = r.current() == null ? 0 : x.at(r.current());
        double to = r.newest() == null ? from : x.at(r.newest());
        // without the current version's date the lag is not known: no bar, the markers alone
        if (r.current() != null && d.lag().newerReleases() > 0 && to > from) {
            b.append("<rect x=\"").append(Html.num(from)).append("\" y=\"").append(mid - 4).append("\" width=\"").append(Html.num(to - from))
                    .append("\" height=\"8\" rx=\"3\" fill=\"").append(BAR).append("\"/>");
        }
        if (r.current() != null) {
            b.append("<circle cx=\"").append(Html.num(from)).append("\" cy=\"").append(mid).append("\" r=\"6\" fill=\"")
                    .append(d.lag().newerReleases() == 0 ? ALLOWED : CURRENT).append("\"/>");
        }
        if (r.allowed() != null) {
            double a = x.at(r.allowed());
            b.append("<path d=\"M").append(Html.num(a)).append(' ').append(mid - 7).append(" l7 7 l-7 7 l-7 -7 z\" fill=\"")
                    .append(ALLOWED).append("\"/>");
        }
        if (d.lag().newerReleases() > 0 && r.newest() != null && !r.newest().equals(r.allowed())) {
            b.append("<circle cx=\"").append(Html.num(to)).append("\" cy=\"").append(mid).append("\" r=\"6\" fill=\"").append(NEWEST)
                    .append("\"/>");
        }
        b.append("<text class=\"muted\" x=\"").append(PLOT_END + 12).append("\" y=\"").append(mid + 4).append("\">")
                .append(Html.text(behind(r))).append("</text></g>\n");
    }

    private static String behind(Row r) {
        int n = r.d().lag().newerReleases();
        if (n == 0) {
            return "current";
        }
        long days = r.lag().toDays();
        return n + " newer" + (days > 0 ? ", " + days + " d" : "");
    }

    private static String tooltip(Row r) {
        Report.DeclarationEntry d = r.d();
        String where = TableRenderer.location(d.file(), d.line());
        String allowed = d.updates().isEmpty() ? "no update allowed" : "allowed " + d.updates().get(d.updates().size() - 1).shown();
        return d.name() + " " + Text.orEmpty(d.current()) + " (released " + Text.date(d.lag().currentReleasedAt()) + ") in " + where
                + "; newest " + d.lag().newest() + " (released " + Text.date(d.lag().newestReleasedAt()) + "); " + allowed + "; "
                + d.lag().newerReleases() + " newer release(s)";
    }

    private static void axis(StringBuilder b, Scale x, int height) {
        int bottom = height - 20;
        b.append("<line x1=\"").append(LABEL).append("\" y1=\"").append(bottom).append("\" x2=\"").append(PLOT_END).append("\" y2=\"")
                .append(bottom).append("\" stroke=\"#9ca3af\"/>\n");
        LocalDate first = LocalDate.ofInstant(x.start(), ZoneOffset.UTC);
        LocalDate last = LocalDate.ofInstant(x.end(), ZoneOffset.UTC);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(first, last);
        int step = months <= 8 ? 1 : months <= 24 ? 3 : months <= 60 ? 6 : 12;
        LocalDate tick = first.withDayOfMonth(1).plusMonths(1);
        while (step > 1 && (tick.getMonthValue() - 1) % step != 0) {
            tick = tick.plusMonths(1);
        }
        for (; !tick.isAfter(last); tick = tick.plusMonths(step)) {
            double at = x.at(tick.atStartOfDay().toInstant(ZoneOffset.UTC));
            b.append("<line x1=\"").append(Html.num(at)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"").append(Html.num(at))
                    .append("\" y2=\"").append(bottom).append("\" stroke=\"#eef0f3\"/>");
            b.append("<text class=\"muted\" x=\"").append(Html.num(at)).append("\" y=\"").append(bottom + 14)
                    .append("\" text-anchor=\"middle\">").append(tick.getYear()).append('-').append(String.format("%02d", tick.getMonthValue()))
                    .append("</text>\n");
        }
        legend(b);
    }

    private static void legend(StringBuilder b) {
        int x = LABEL;
        b.append("<g class=\"legend\"><circle cx=\"").append(x + 6).append("\" cy=\"10\" r=\"6\" fill=\"").append(CURRENT)
                .append("\"/><text x=\"").append(x + 16).append("\" y=\"14\">current version released</text>");
        x += 190;
        b.append("<path d=\"M").append(x + 6).append(" 3 l7 7 l-7 7 l-7 -7 z\" fill=\"").append(ALLOWED).append("\"/><text x=\"")
                .append(x + 18).append("\" y=\"14\">newest allowed</text>");
        x += 130;
        b.append("<circle cx=\"").append(x + 6).append("\" cy=\"10\" r=\"6\" fill=\"").append(NEWEST).append("\"/><text x=\"")
                .append(x + 16).append("\" y=\"14\">newest, not allowed</text>");
        x += 160;
        b.append("<rect x=\"").append(x).append("\" y=\"6\" width=\"24\" height=\"8\" rx=\"3\" fill=\"").append(BAR)
                .append("\"/><text x=\"").append(x + 30).append("\" y=\"14\">lag</text></g>\n");
    }

    private record Scale(Instant start, Instant end) {
        double at(Instant t) {
            double span = Duration.between(start, end).toMillis();
            return LABEL + (PLOT_END - LABEL) * (Duration.between(start, t).toMillis() / span);
        }
    }

    /** A date a release could have: after 2000 and not after the report (an index's zero date would stretch the axis over centuries). */
    private static Instant plausible(String rfc3339, Instant generated) {
        Instant at = instant(rfc3339);
        if (at == null || at.isBefore(Instant.parse("2000-01-01T00:00:00Z"))) {
            return null;
        }
        return generated != null && at.isAfter(generated.plus(Duration.ofDays(1))) ? null : at;
    }

    private static Instant instant(String rfc3339) {
        if (rfc3339 == null || rfc3339.isBlank()) {
            return null;
        }
        try {
            return java.time.OffsetDateTime.parse(rfc3339).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
