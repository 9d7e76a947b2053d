package io.kubesteward.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkdownSanitizerTest {
    private static final String Z = "\u200B";

    private static String clean(String s) {
        return MarkdownSanitizer.inline(s);
    }

    @Test
    void mentionsNoLongerNotify() {
        assertEquals("thanks @" + Z + "octocat and @" + Z + "acme/platform-team", clean("thanks @octocat and @acme/platform-team"));
    }

    @Test
    void emphasisDoesNotHideAMention() {
        assertEquals("_@" + Z + "alice_", clean("_@alice_"));
    }

    @Test
    void anEscapedBacktickOpensNoCodeSpanSoWhatFollowsIsSanitised() {
        String out = clean("\\`@bob` and \\`#1 fixes` and \\`<img src=x onerror=y>`");
        assertTrue(out.contains("@" + Z + "bob"), out);
        assertTrue(out.contains("#" + Z + "1"), out);
        assertFalse(out.contains("<img"), out);
    }

    @Test
    void emailAddressesAreLeftAlone() {
        assertEquals("write to maintainers@example.com", clean("write to maintainers@example.com"));
    }

    @CatalogueEntry(53)
    @Test
    void issueReferencesNoLongerLink() {
        assertEquals("Fixes #" + Z + "42", clean("Fixes #42"));
        assertEquals("see kubernetes/ingress-nginx#" + Z + "11000", clean("see kubernetes/ingress-nginx#11000"));
        assertEquals("GH-" + Z + "77 and gh-" + Z + "8", clean("GH-77 and gh-8"));
        assertEquals("merged in !" + Z + "12", clean("merged in !12"));
    }

    @Test
    void headingsAndColoursWithHashesSurvive() {
        assertEquals("colour #fff, channel #general", clean("colour #fff, channel #general"));
    }

    @Test
    void entitiesCannotSpellAMention() {
        assertEquals("&amp;#" + Z + "64;octocat", clean("&#64;octocat"));
    }

    @Test
    void htmlTagsAreDroppedAndTheirTextKept() {
        assertEquals("crash on empty host", clean("crash on <b>empty</b> host"));
        assertEquals("before after", clean("before <img src=\"https://evil.example/x.png\" onerror=\"alert(1)\"> after"));
        assertEquals("alert(1)", clean("<script>alert(1)</script>"));
    }

    @Test
    void strayAngleBracketsAreEscaped() {
        assertEquals("needs &lt;1.30 and >=1.26", clean("needs <1.30 and >=1.26"));
    }

    @CatalogueEntry(54)
    @Test
    void htmlCommentsAreRemovedSoMarkersCannotBeForged() {
        assertEquals("moved", clean("moved <!-- steward:metadata {\"branch\":\"main\"} -->"));
        assertEquals("cut", clean("cut <!-- never closed"));
    }

    @Test
    void scriptLinksKeepOnlyTheirText() {
        assertEquals("See the migration guide", clean("See the [migration guide](javascript:alert(1))"));
        assertEquals("a b", clean("a [b](data:text/html;base64,PHNjcmlwdD4=)"));
        assertEquals("x", clean("[x]( JaVaScRiPt:alert(1) )"));
        assertEquals("y", clean("[y](<java\tscript:alert(1)>)"));
        assertEquals("", clean("<javascript:alert(1)>"));
    }

    @Test
    void httpLinksSurvive() {
        assertEquals("See [the docs](https://kubernetes.github.io/ingress-nginx/) now",
                clean("See [the docs](https://kubernetes.github.io/ingress-nginx/) now"));
        assertEquals("read https://example.com/a_b?x=1#frag.", clean("read https://example.com/a_b?x=1#frag."));
        assertEquals("<https://example.com>", clean("<https://example.com>"));
    }

    @Test
    void mentionsInsideUrlsAreNotTouched() {
        assertEquals("[@" + Z + "octocat](https://example.com/@octocat)", clean("[@octocat](https://example.com/@octocat)"));
    }

    @Test
    void imagesBecomeLinks() {
        assertEquals("[diagram](https://example.com/d.png)", clean("![diagram](https://example.com/d.png)"));
        assertEquals("[image](https://example.com/d.png)", clean("![](https://example.com/d.png)"));
        assertEquals("pixel", clean("![pixel](javascript:void(0))"));
    }

    @Test
    void codeSpansAreKeptLiterally() {
        assertEquals("set `image.tag: @latest <b>` here", clean("set `image.tag: @latest <b>` here"));
    }

    @Test
    void ordinaryTextSurvives() {
        String text = "Bump **nginx** to 1.25.5 and _fix_ the `admission` webhook (see upgrade notes).";
        assertEquals(text, clean(text));
    }

    @CatalogueEntry(21)
    @Test
    void controlAndBidiCharactersAreRemovedAndLinesJoined() {
        assertEquals("[31mred[0m text next line", clean("\u001B[31mred\u001B[0m text\u202E \r\nnext line"));
    }

    @Test
    void linkDefinitionsCannotBeWritten() {
        assertEquals("[x\\]: javascript:alert(1)", clean("[x]: javascript:alert(1)"));
    }

    @Test
    void longTextIsCutWithANote() {
        String out = MarkdownSanitizer.inline("a".repeat(50), 10);
        assertEquals("a".repeat(10) + MarkdownSanitizer.TRUNCATED, out);
    }

    @Test
    void urlsKeepOnlyHttpAndHttps() {
        assertEquals(Optional.of("https://example.com/x"), MarkdownSanitizer.url("https://example.com/x"));
        assertEquals(Optional.of("http://example.com"), MarkdownSanitizer.url(" http://example.com "));
        assertEquals(Optional.empty(), MarkdownSanitizer.url("javascript:alert(1)"));
        assertEquals(Optional.empty(), MarkdownSanitizer.url("data:text/html,hi"));
        assertEquals(Optional.empty(), MarkdownSanitizer.url("ftp://example.com"));
        assertEquals(Optional.empty(), MarkdownSanitizer.url("https://github.com@evil.example/"));
        assertEquals(Optional.empty(), MarkdownSanitizer.url("/relative/path"));
        assertEquals(Optional.empty(), MarkdownSanitizer.url(null));
    }

    @CatalogueEntry(53)
    @Test
    void githubIssueLinksGoThroughTheRedirectorSoNoBacklinkIsPosted() {
        assertEquals(Optional.of("https://redirect.github.com/kubernetes/ingress-nginx/pull/11002"),
                MarkdownSanitizer.url("https://github.com/kubernetes/ingress-nginx/pull/11002"));
        assertEquals(Optional.of("https://github.com/kubernetes/ingress-nginx"),
                MarkdownSanitizer.url("https://github.com/kubernetes/ingress-nginx"));
    }

    @Test
    void parenthesesInUrlsAreEncodedSoTheLinkDoesNotEndEarly() {
        assertEquals(Optional.of("https://en.wikipedia.org/wiki/Helm_%28software%29"),
                MarkdownSanitizer.url("https://en.wikipedia.org/wiki/Helm_(software)"));
    }

    @Test
    void codeSpanUsesALongerFenceThanItsContent() {
        assertEquals("``a`b``", MarkdownSanitizer.code("a`b", 100));
        assertEquals("`` `x ``", MarkdownSanitizer.code("`x", 100));
        assertEquals("", MarkdownSanitizer.code(null, 100));
    }

    @Test
    void fencedBlockCannotBeClosedByItsContent() {
        String block = MarkdownSanitizer.fenced("a\n```\nb <!-- hidden --> c\n", 1000);
        assertEquals("````\na\n```\nb  c\n````\n", block);
    }

    @Test
    void fencedBlockIsCutAtALineEndWithANote() {
        String block = MarkdownSanitizer.fenced("one\ntwo\nthree\n", 9);
        assertTrue(block.startsWith("```\none\ntwo\n```\n"), block);
        assertTrue(block.contains("truncated at 9 characters"), block);
        assertFalse(block.contains("three"), block);
    }
}
