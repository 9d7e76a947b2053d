package io.kubesteward.yamledit;

import static io.kubesteward.yamledit.ValueEditTest.applied;
import static io.kubesteward.yamledit.ValueEditTest.changed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.planning.Update;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plain value that would stop reading as text (1.10 is the number 1.1) is quoted, in the file's quote, and a note says so. */
class QuotingTest {
    private static final String CHART = "chart/Chart.yaml";

    private static EditResult.Applied edit(EditFixtures repo, Update... updates) {
        return applied(new ProposalEditor(EditFixtures.SCANNER, ChartBump.off()).edit(repo.files(), List.of(updates)));
    }

    @CatalogueEntry(35)
    @Test
    void aVersionThatReadsAsANumberIsQuotedWithThePrevailingDoubleQuote() {
        EditFixtures repo = EditFixtures.load("quoting");
        EditResult.Applied result = edit(repo, repo.update(CHART, "numeric", "1.10"));

        assertEquals(repo.content(CHART).replace("version: 1.9\n", "version: \"1.10\"\n"), changed(result, CHART));
        assertEquals(List.of("numeric in chart/Chart.yaml:6: wrote \"1.10\" in quotes because unquoted,"
                + " YAML reads it as a number, a boolean, null or a date rather than as text"), result.notes());
    }

    @Test
    void singleQuotesWhenTheFileMostlyUsesThem() {
        EditFixtures repo = EditFixtures.load("quoting-single");
        EditResult.Applied result = edit(repo, repo.update(CHART, "numeric", "1.10"));

        assertEquals(repo.content(CHART).replace("version: 1.9\n", "version: '1.10'\n"), changed(result, CHART));
    }

    @Test
    void anExplicitStringTagNeedsNoQuotes() {
        EditFixtures repo = EditFixtures.load("quoting");
        EditResult.Applied result = edit(repo, repo.update(CHART, "tagged", "2.10"));

        assertEquals(repo.content(CHART).replace("!!str 2.0\n", "!!str 2.10\n"), changed(result, CHART));
        assertEquals(List.of(), result.notes());
    }

    @Test
    void aValueThatIsNotValidPlainInAFlowMappingIsQuoted() {
        EditFixtures repo = EditFixtures.load("quoting");
        EditResult.Applied result = edit(repo, repo.update(CHART, "in-flow", ">=3.1.0, <4"));

        assertEquals(repo.content(CHART).replace("version: 3.1.0,", "version: \">=3.1.0, <4\","), changed(result, CHART));
        assertTrue(result.notes().get(0).contains("not valid YAML text in that place"), result.notes().toString());
    }

    @CatalogueEntry(35)
    @Test
    void plainScalarsReadAsTextUnderYaml11And12() {
        for (String text : List.of("18.6.1", "v1.14.5", "1.2.3-rc.1", "latest", "2.0.0+build.7", "1.25-alpine", "sha256:abc", "~1.2.3")) {
            assertTrue(PlainScalars.readsAsText(text, false), text);
        }
        for (String number : List.of("1.10", "1.1", "2", "010", "0x1F", "1e3", ".5", "1_000", "1:20", ".inf", ".NaN")) {
            assertFalse(PlainScalars.readsAsText(number, false), number);
        }
        for (String other : List.of("true", "yes", "on", "Off", "y", "~", "null", "2024-01-15", "<<", "=")) {
            assertFalse(PlainScalars.readsAsText(other, false), other);
        }
        for (String syntax : List.of("a: b", "x #y", "*alias", "&anchor", "- item", "'q", "\"q", "{a}", ">folded", "|block", "!tag", "@x", "`x", "%x")) {
            assertFalse(PlainScalars.readsAsText(syntax, false), syntax);
        }
        assertFalse(PlainScalars.readsAsText(">=1.0.0 <2.0.0", false), "'>' starts a folded scalar");
        assertTrue(PlainScalars.readsAsText("1.0.0 <2.0.0", false));
        assertFalse(PlainScalars.readsAsText("1.0,2", true));
        assertTrue(PlainScalars.readsAsText("1.0,2", false));
    }
}
