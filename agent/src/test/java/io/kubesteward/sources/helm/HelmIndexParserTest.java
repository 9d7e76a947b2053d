package io.kubesteward.sources.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.model.Release;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HelmIndexParserTest {
    private static final Set<String> WANTED = Set.of("nginx", "redis", "empty-chart", "cert-manager", "absent");

    @TempDir
    Path dir;

    private final HelmIndexParser parser = new HelmIndexParser(64L * 1024 * 1024);

    @Test
    void mapsEveryFieldOfAnEntry() throws Exception {
        ParsedIndex parsed = parser.parse(Fixtures.copy("index.yaml", dir), WANTED);
        Release latest = parsed.charts().get("nginx").get(0);
        assertEquals("18.1.2", latest.version());
        assertEquals(Instant.parse("2024-08-01T10:11:12.123456789Z"), latest.created());
        assertEquals("3f5b1b7e0e2c9d51f5a2d1a09c5f08f1c0e5b9e8d8a6f2a2d3d9d8f7b3c1a2b4", latest.digest());
        assertEquals("1.27.1", latest.appVersion());
        assertEquals(">=1.23.0-0", latest.kubeVersion());
        assertFalse(latest.deprecated());
        assertEquals("https://nginx.org", latest.home());
        assertEquals(List.of("https://github.com/bitnami/charts/tree/main/bitnami/nginx",
                "https://github.com/bitnami/containers"), latest.sources());
        assertEquals("- kind: fixed\n  description: \"Fix <script>alert(1)</script> in NOTES\"\n", latest.changes());
    }

    @Test
    void readsOffsetsNumbersAndOddValuesAsWritten() throws Exception {
        List<Release> nginx = parser.parse(Fixtures.copy("index.yaml", dir), WANTED).charts().get("nginx");
        assertEquals(Instant.parse("2024-07-01T14:00:00.5Z"), nginx.get(1).created());
        Release old = nginx.get(2);
        assertEquals("1.10", old.version());
        assertNull(old.created());
        assertTrue(old.deprecated());
        assertEquals(List.of(), old.sources());
    }

    @Test
    void keepsOnlyTheWantedChartsAndCountsAll() throws Exception {
        ParsedIndex parsed = parser.parse(Fixtures.copy("index.yaml", dir), Set.of("redis"));
        assertEquals(Set.of("redis"), parsed.charts().keySet());
        assertEquals(List.of("19.6.0", "19.5.5"), parsed.charts().get("redis").stream().map(Release::version).toList());
        assertEquals(4, parsed.chartsListed());
        assertEquals(2, parsed.entriesKept());
    }

    @Test
    void theFastPathAndTheWholeDocumentParseAgree() throws Exception {
        Path file = Fixtures.copy("index.yaml", dir);
        assertTrue(ChartBlockScanner.scan(file, true).isPresent());
        assertEquals(parser.parseWhole(file, WANTED), parser.parse(file, WANTED));
    }

    @CatalogueEntry(14)
    @Test
    void flowStyleIndexesAreParsedWhole() throws Exception {
        Path file = Fixtures.copy("flow-style.yaml", dir);
        assertFalse(ChartBlockScanner.scan(file, true).isPresent());
        ParsedIndex parsed = parser.parse(file, Set.of("nginx"));
        assertEquals(List.of("18.1.2", "18.1.1"), parsed.charts().get("nginx").stream().map(Release::version).toList());
        assertEquals(2, parsed.chartsListed());
    }

    @Test
    void malformedYamlIsReportedWithLineAndColumn() {
        Path file = Fixtures.copy("malformed.yaml", dir);
        IndexParseException e = assertThrows(IndexParseException.class, () -> parser.parse(file, Set.of("nginx")));
        assertTrue(e.reason("X").startsWith("index X is not valid YAML at line 6, column 9: "), e.reason("X"));
        assertTrue(e.reason("X").endsWith(" — the repository serves a broken index.yaml; tell its maintainers,"
                + " or mirror a good copy"), e.reason("X"));
    }

    @CatalogueEntry({8, 15})
    @Test
    void somethingElseThanAnIndexIsNamedAsSuch() {
        Path file = Fixtures.copy("not-an-index.html", dir);
        IndexParseException e = assertThrows(IndexParseException.class, () -> parser.parse(file, Set.of("nginx")));
        assertEquals("index X is an HTML page, not a Helm repository index (a sign-in or error page?)"
                + " — check the repository URL, and the credentials if the repository needs them", e.reason("X"));
        Path noEntries = Fixtures.write(dir, "no-entries.yaml", "apiVersion: v1\ngenerated: now\n");
        assertThrows(IndexParseException.class, () -> parser.parse(noEntries, Set.of("nginx")));
    }

    @CatalogueEntry(12)
    @Test
    void anIndexOverTheCodePointLimitFailsOnBothPaths() {
        HelmIndexParser small = new HelmIndexParser(100);
        for (String fixture : List.of("index.yaml", "flow-style.yaml")) {
            Path file = Fixtures.copy(fixture, dir);
            IndexParseException e = assertThrows(IndexParseException.class, () -> small.parse(file, Set.of("nginx")));
            assertEquals("index X is larger than the limit of 100 code points — raise http.maxIndexSize in Steward's config"
                    + " if an index this big is expected", e.reason("X"));
        }
    }

    @CatalogueEntry(12)
    @Test
    void codePointsNotBytesAreCounted() throws Exception {
        String name = "é".repeat(60);
        Path file = Fixtures.write(dir, "utf8.yaml", "entries:\n  nginx:\n  - version: 1.0.0\n    description: " + name + "\n");
        assertEquals(1, new HelmIndexParser(120).parse(file, Set.of("nginx")).entriesKept());
        assertThrows(IndexParseException.class, () -> new HelmIndexParser(90).parse(file, Set.of("nginx")));
    }
}
