package io.kubesteward.report;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Plain-text helpers shared by the renderers. Much of the text comes from chart repositories, so nothing here trusts it. */
final class Text {
    static final String ELLIPSIS = "…";

    private Text() {
    }

    /**
     * One line of printable text: line breaks and tabs become spaces; other control characters and
     * bidi overrides are dropped, because a repository index can carry terminal escapes
     * (CVE-2021-21303) or text that reads differently from how it is stored.
     */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                b.append(' ');
            } else if (!hidden(cp)) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    /** Like {@link #oneLine} but keeps line breaks (normalised to \n) and tabs. */
    static String lines(String s) {
        if (s == null) {
            return "";
        }
        String normalised = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(normalised.length());
        normalised.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || !hidden(cp)) {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }

    private static boolean hidden(int cp) {
        return Character.getType(cp) == Character.CONTROL
                || cp == 0x061C || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    /** At most {@code max} code points, the last one an ellipsis when anything was cut. */
    static String cut(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        if (max <= 0) {
            return "";
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + ELLIPSIS;
    }

    /** At most {@code max} code points, the first one an ellipsis when the start was cut. */
    static String cutFront(String s, int max) {
        int w = width(s);
        if (w <= max) {
            return s;
        }
        if (max <= 0) {
            return "";
        }
        return ELLIPSIS + s.substring(s.offsetByCodePoints(0, w - (max - 1)));
    }

    /** The first {@code max} code points, without a marker. */
    static String prefix(String s, int max) {
        return width(s) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max));
    }

    /** Decimal units, as download sizes are usually quoted: 25431552 → "25.4 MB". */
    static String bytes(long n) {
        if (n < 1000) {
            return n + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = n;
        int i = -1;
        do {
            v /= 1000;
            i++;
        } while (v >= 999.95 && i < units.length - 1);
        return String.format(Locale.ROOT, "%.1f %s", v, units[i]);
    }

    static String millis(long ms) {
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        return (ms / 60_000) + " min " + (ms % 60_000) / 1000 + " s";
    }

    /** An RFC 3339 time as its UTC date, or "unknown" when absent or unreadable. */
    static String date(String rfc3339) {
        if (rfc3339 == null || rfc3339.isBlank()) {
            return "unknown";
        }
        try {
            return OffsetDateTime.parse(rfc3339).withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            return "unknown";
        }
    }

    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
