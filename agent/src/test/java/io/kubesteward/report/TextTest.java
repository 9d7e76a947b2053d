package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.faults.CatalogueEntry;
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
        t.appendTo(out, "  ");
        assertEquals("""
                  NAME       SIZE
                  a           1 B
                  very-…  25.4 MB
                """, out.toString());
    }
}
