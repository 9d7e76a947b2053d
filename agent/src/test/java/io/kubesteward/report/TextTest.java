package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {
    @Test
    void sizesAreHumanInDecimalUnits() {
        assertEquals("0 B", Text.bytes(0));
        assertEquals("999 B", Text.bytes(999));
        assertEquals("1.0 kB", Text.bytes(1_000));
        assertEquals("25.4 MB", Text.bytes(25_431_552));
        assertEquals("1.0 MB", Text.bytes(999_999));
        assertEquals("3.2 GB", Text.bytes(3_200_000_000L));
    }

    @Test
    void durations() {
        assertEquals("850 ms", Text.millis(850));
        assertEquals("3.2 s", Text.millis(3_180));
        assertEquals("2 min 5 s", Text.millis(125_000));
    }

    @Test
    void datesAreUtcDaysOrUnknown() {
        assertEquals("2024-04-26", Text.date("2024-04-26T17:02:11Z"));
        assertEquals("2024-06-10", Text.date("2024-06-11T01:00:00+02:00"));
        assertEquals("unknown", Text.date(null));
        assertEquals("unknown", Text.date("last tuesday"));
    }

    @Test
    void cutCountsCodePointsAndEndsWithAnEllipsis() {
        assertEquals("abcd", Text.cut("abcd", 4));
        assertEquals("abc…", Text.cut("abcde", 4));
        assertEquals("😀😀…", Text.cut("😀😀😀😀", 3));
    }

    @CatalogueEntry(21)
    @Test
    void terminalEscapesAreRemoved() {
        assertEquals("[2Jred", Text.oneLine("\u001B[2Jred\u009B"));
    }

    @Test
    void tableColumnsFitTheirWidestCellUpToAMaximum() {
        TextTable t = new TextTable(true, TextTable.Column.left("NAME", 6), TextTable.Column.right("SIZE", 10));
        t.add("a", "1 B");
        t.add("very-long-name", "25.4 MB");
        StringBuilder out = new StringBuilder();
        t.appendTo(out, "  ", TableLayout.fitting(80));
        assertEquals("""
                  NAME       SIZE
                  a           1 B
                  very-…  25.4 MB
                """, out.toString());
        StringBuilder wide = new StringBuilder();
        t.appendTo(wide, "  ", TableLayout.WIDE);
        assertEquals("""
                  NAME               SIZE
                  a                   1 B
                  very-long-name  25.4 MB
                """, wide.toString(), "wide cuts nothing");
    }

    @Test
    void theReasonColumnWrapsInTheWidthLeftAndNothingOfItIsCut() {
        TextTable t = new TextTable(true, TextTable.Column.left("NAME", 10), TextTable.Column.wrapping("REASON"));
        String reason = "no newer version allowed: the rule 'hold-majors' keeps it below 2.0; to allow it add allowMajor: true";
        t.add("redis", reason);
        t.add("podinfo", "up to date");
        StringBuilder out = new StringBuilder();
        t.appendTo(out, "  ", TableLayout.fitting(50));
        assertEquals("""
                  NAME     REASON
                  redis    no newer version allowed: the rule
                           'hold-majors' keeps it below 2.0; to
                           allow it add allowMajor: true
                  podinfo  up to date
                """, out.toString());
        out.toString().lines().forEach(line -> assertTrue(line.length() <= 50, line));
        StringBuilder wide = new StringBuilder();
        t.appendTo(wide, "  ", TableLayout.WIDE);
        assertEquals("  redis    " + reason, wide.toString().lines().toList().get(1));
    }

    @Test
    void aNarrowTerminalStillGivesTheReasonRoomAndWordsLongerThanALineAreBroken() {
        assertEquals(List.of("abcdefghij", "klm"), TableLayout.wrap("abcdefghijklm", 10));
        assertEquals(List.of("see", "https://ex", "ample.com/", "a ok"), TableLayout.wrap("see https://example.com/a ok", 10));
        assertEquals(List.of(""), TableLayout.wrap("", 10));
        assertEquals(List.of("one two", "three four"), TableLayout.wrap("one two three four", 7, 10), "the first line has its own width");
        TextTable t = new TextTable(false, TextTable.Column.left("", 40), TextTable.Column.wrapping(""));
        t.add("x".repeat(40), "a reason of some forty characters, and more");
        StringBuilder out = new StringBuilder();
        t.appendTo(out, "", TableLayout.fitting(20));
        assertEquals("x".repeat(19) + "…\n    a reason of some forty\n    characters, and more\n", out.toString(),
                "under its row, " + TableLayout.MIN_WRAP_WIDTH + " columns at least; the row cut to fit");
    }

    @Test
    void aParagraphWrapsUnderItsHangingIndent() {
        assertEquals("""
                  blocking: the chart drops the
                    key 'foo.bar'
                """, TableLayout.fitting(34).paragraph("  ", "blocking: the chart drops the key 'foo.bar'", 2));
    }
}
