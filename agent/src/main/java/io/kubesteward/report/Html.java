package io.kubesteward.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text into HTML for the report page. Everything a chart repository or a cluster wrote is escaped
 * (after {@link Text#oneLine} drops control characters and bidi overrides); only http(s) addresses become links.
 */
final class Html {
    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s\"'<>`]+");

    private Html() {
    }

    /** Element text or an attribute value (always written in double quotes). */
    static String text(String s) {
        String one = Text.oneLine(s);
        StringBuilder b = new StringBuilder(one.length() + 16);
        for (int i = 0; i < one.length(); i++) {
            char c = one.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A path or address that may break after each slash, so a narrow column wraps it where it reads well. */
    static String breakable(String s) {
        return text(s).replace("/", "/<wbr>");
    }

    /** A file location in code type, breakable after each slash. */
    static String code(String s) {
        return "<code>" + breakable(s) + "</code>";
    }

    /** A link when {@code url} is a plain http(s) address; otherwise its text. */
    static String link(String url, String label) {
        if (url == null || !WEB.matcher(url.strip()).matches()) {
            return text(label == null ? url : label);
        }
        return "<a href=\"" + text(url.strip()) + "\" rel=\"noopener noreferrer\">" + text(label == null ? url : label) + "</a>";
    }

    /** A coordinate or length for SVG: at most one decimal, a dot whatever the locale. */
    static String num(double v) {
        return BigDecimal.valueOf(Math.round(v * 10) / 10.0).stripTrailingZeros().toPlainString();
    }

    /** A status as a class name: {@code lookup-failed} stays, anything unexpected becomes {@code other}. */
    static String statusClass(String status) {
        String s = status == null ? "" : status.toLowerCase(Locale.ROOT);
        return s.matches("[a-z-]{1,20}") ? s : "other";
    }
}
