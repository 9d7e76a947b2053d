package io.kubesteward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code -o html} of the demo with its cluster snapshot: one page, pictures, nothing fetched, only its own style and script allowed. */
class HtmlReportTest {
    private static final Path DEMO = Path.of("..", "examples", "gitops-repo");
    private static final Path SNAPSHOT = Path.of("..", "examples", "cluster-snapshot");
    private static String page;

    @BeforeAll
    static void render() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"plan", "--repo", DEMO.toString(), "--cluster", SNAPSHOT.toString(), "-o", "html"},
                new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        assertEquals(0, exit, err.toString());
        page = out.toString();
    }

    @Test
    void itIsOnePageWithEveryPicture() {
        assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), page.substring(0, 80));
        assertTrue(page.endsWith("</body></html>\n"));
        for (String chart : List.of("lag-chart", "addon-chart", "savings-chart", "resource-chart")) {
            assertEquals(1, count("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + chart + "\""), chart);
        }
        String lag = between("id=\"lag-chart\"", "</svg>");
        assertEquals(5, count(lag, "<g><title>"), "the five declarations whose releases were read");
        assertTrue(lag.contains("podinfo 6.5.0") && lag.contains("3 newer, 476 d"), lag);
        String resources = between("id=\"resource-chart\"", "</svg>");
        assertTrue(resources.contains("apps/api · api · cpu") && resources.contains("1000m → 500m (target 163m)"), resources);
        assertTrue(page.contains("<table class=\"sortable\" id=\"declarations-table\">"));
        assertTrue(page.contains("<th scope=\"col\" data-sort=\"number\">Newer releases</th>"));
    }

    @Test
    void nothingIsFetchedAndOnlyItsOwnStyleAndScriptMayRun() throws Exception {
        assertFalse(Pattern.compile("(?i)\\ssrc\\s*=|<link|@import|url\\(").matcher(page).find(), "no resource is loaded");
        Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">").matcher(page);
        assertTrue(csp.find());
        String policy = csp.group(1);
        assertTrue(policy.startsWith("default-src 'none'; "), policy);
        assertTrue(policy.contains("style-src '" + sha256(between("<style>", "</style>")) + "'"), policy);
        assertTrue(policy.contains("script-src '" + sha256(between("<script>", "</script>")) + "'"), policy);
        assertEquals(1, count("<script>"), "one script, the sorter");
    }

    private static String between(String start, String end) {
        int from = page.indexOf(start) + start.length();
        return page.substring(from, page.indexOf(end, from));
    }

    private static int count(String needle) {
        return count(page, needle);
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static String sha256(String s) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
