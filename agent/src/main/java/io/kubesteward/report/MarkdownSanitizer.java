package io.kubesteward.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes untrusted text (publisher release notes, URLs, chart names) safe to put in a pull request
 * body: nobody is notified, no issue is cross-referenced or closed, no HTML is rendered, no
 * {@code <!-- -->} marker can be forged, and only http(s) links survive. Formatting the publisher
 * wrote in Markdown (emphasis, code, links) is kept.
 */
public final class MarkdownSanitizer {
    public static final int DEFAULT_MAX_CHARS = 2_000;
    static final String TRUNCATED = " … (truncated)";

    // Zero-width space, as Renovate uses since renovate#1083: invisible, yet "@​user" and "#​42" no longer match.
    static final char ZWSP = '\u200B';

    private static final String TAG_SOURCE = "</?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]*)?/?>|<![^<>]*>|<\\?[^<>]*>";
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(?:-->|$)");
    private static final Pattern TOKEN = Pattern.compile(
            // a backtick after a backslash opens no code span in CommonMark, so what follows is prose
            "(?<code>(?<![`\\\\])(?<ticks>`+)(?!`).+?(?<!`)\\k<ticks>(?!`))"
                    + "|(?<link>(?<bang>!)?\\[(?<text>[^\\[\\]]*)]\\(\\s*(?:<(?<adest>[^<>]*)>|(?<dest>[^()\\s]*(?:\\([^()\\s]*\\)[^()\\s]*)*))"
                    + "(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\))"
                    + "|<(?<auto>[A-Za-z][A-Za-z0-9+.\\-]{1,31}:[^<>\\s]*)>"
                    + "|(?<tag>" + TAG_SOURCE + ")"
                    + "|(?<bare>(?i:https?)://[^\\s<>\\[\\]()`|\"]+)");
    private static final Pattern TAG = Pattern.compile(TAG_SOURCE);
    // `_@alice_` renders as an emphasised, live mention: an underscore does not protect it
    private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9])@(?=[A-Za-z0-9])");
    private static final Pattern REFERENCE = Pattern.compile("(?i)(#|!|\\bGH-)(?=\\d)");
    private static final Pattern GITHUB_BACKLINK = Pattern.compile("(?i)^https?://(?:www\\.)?github\\.com(/[^/]+/[^/]+/(?:issues|pull|discussions)(?:[/?#].*)?)$");
    private static final String TRAILING_PUNCTUATION = ".,;:!?'\"";

    private MarkdownSanitizer() {
    }

    /** {@link #inline(String, int)} with {@link #DEFAULT_MAX_CHARS}. */
    public static String inline(String untrusted) {
        return inline(untrusted, DEFAULT_MAX_CHARS);
    }

    /** One line of Markdown prose, cut to {@code maxChars} code points with a note when longer. */
    public static String inline(String untrusted, int maxChars) {
        String s = COMMENT.matcher(Text.oneLine(untrusted)).replaceAll("");
        boolean cut = Text.width(s) > maxChars;
        if (cut) {
            s = Text.prefix(s, maxChars);
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        Matcher m = TOKEN.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(prose(s.substring(last, m.start())));
            last = m.end();
            if (m.group("code") != null) {
                out.append(m.group("code"));
            } else if (m.group("link") != null) {
                out.append(link(m.group("bang") != null, m.group("text"), m.group("adest") != null ? m.group("adest") : m.group("dest")));
            } else if (m.group("auto") != null) {
                url(m.group("auto")).ifPresent(u -> out.append('<').append(u).append('>'));
            } else if (m.group("tag") != null) {
                // A dropped tag between two spaces would leave a double space behind.
                if (out.length() > 0 && out.charAt(out.length() - 1) == ' ' && last < s.length() && s.charAt(last) == ' ') {
                    last++;
                }
            } else {
                String bare = m.group("bare");
                int end = bare.length();
                while (end > 0 && TRAILING_PUNCTUATION.indexOf(bare.charAt(end - 1)) >= 0) {
                    end--;
                }
                Optional<String> safe = url(bare.substring(0, end));
                out.append(safe.isPresent() ? safe.get() : prose(bare.substring(0, end))).append(prose(bare.substring(end)));
            }
        }
        out.append(prose(s.substring(last)));
        String result = out.toString().strip();
        return cut ? result + TRUNCATED : result;
    }

    /**
     * An http(s) URL fit for a Markdown link destination, or empty: other schemes (javascript:,
     * data:, file:…), user info (https://github.com@evil.example) and malformed URLs are refused.
     * GitHub issue and pull request URLs go through redirect.github.com so that linking them does
     * not post a back-reference on the upstream issue.
     */
    public static Optional<String> url(String untrusted) {
        if (untrusted == null) {
            return Optional.empty();
        }
        // Browsers ignore whitespace and controls inside a scheme ("java\tscript:"), so they go first.
        StringBuilder b = new StringBuilder();
        Text.oneLine(untrusted).codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(b::appendCodePoint);
        String s = b.toString();
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.length() > 2_000 || !(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(s);
            if (uri.getHost() == null || uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            String text = uri.toASCIIString();
            Matcher backlink = GITHUB_BACKLINK.matcher(text);
            if (backlink.matches()) {
                text = "https://redirect.github.com" + backlink.group(1);
            }
            return Optional.of(text.replace("(", "%28").replace(")", "%29"));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** An inline code span holding {@code untrusted} literally, on one line, cut at {@code maxChars}; empty for empty text. */
    public static String code(String untrusted, int maxChars) {
        String s = Text.cut(COMMENT.matcher(Text.oneLine(untrusted)).replaceAll(""), maxChars);
        if (s.isEmpty()) {
            return "";
        }
        String ticks = "`".repeat(longestRun(s, '`') + 1);
        String pad = s.startsWith("`") || s.endsWith("`") ? " " : "";
        return ticks + pad + s + pad + ticks;
    }

    /** A fenced code block showing {@code untrusted} as it is, cut at a line end near {@code maxChars} with a note. */
    public static String fenced(String untrusted, int maxChars) {
        String s = COMMENT.matcher(Text.lines(untrusted)).replaceAll("");
        s = s.replaceFirst("^(?:[ \\t]*\\n)+", "").stripTrailing();
        boolean cut = Text.width(s) > maxChars;
        if (cut) {
            s = Text.prefix(s, maxChars);
            int lineEnd = s.lastIndexOf('\n');
            s = lineEnd > 0 ? s.substring(0, lineEnd) : s;
        }
        String fence = "`".repeat(Math.max(3, longestRun(s, '`') + 1));
        return fence + "\n" + s + "\n" + fence + "\n" + (cut ? "\n_(truncated at " + maxChars + " characters)_\n" : "");
    }

    private static String link(boolean image, String rawText, String destination) {
        String text = prose(Text.orEmpty(rawText).strip());
        if (image && text.isEmpty()) {
            text = "image";
        }
        Optional<String> url = url(destination);
        if (url.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? "<" + url.get() + ">" : "[" + text + "](" + url.get() + ")";
    }

    /** Text outside code and links: tags dropped (their text kept), HTML and entities escaped, mentions and references broken. */
    private static String prose(String s) {
        if (s.isEmpty()) {
            return s;
        }
        // Spaces collapse as Markdown would render them, so a dropped tag leaves no gap.
        String t = TAG.matcher(s).replaceAll("").replaceAll(" {2,}", " ");
        // &#64;user renders as @user and would still notify, so entities are escaped too.
        t = t.replace("&", "&amp;").replace("<", "&lt;");
        // "[x]: javascript:…" at the start of a paragraph would define a link.
        t = t.replace("]:", "\\]:");
        t = MENTION.matcher(t).replaceAll("@" + ZWSP);
        return REFERENCE.matcher(t).replaceAll("$1" + ZWSP);
    }

    private static int longestRun(String s, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
