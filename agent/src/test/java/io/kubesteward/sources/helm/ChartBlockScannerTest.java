package io.kubesteward.sources.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartBlockScannerTest {
    @TempDir
    Path dir;

    private Optional<ChartBlocks> scan(String yaml) throws Exception {
        return ChartBlockScanner.scan(Fixtures.write(dir, "index.yaml", yaml), true);
    }

    private List<String> charts(String yaml) throws Exception {
        return scan(yaml).orElseThrow().blocks().stream().map(ChartBlocks.Block::chart).toList();
    }

    @Test
    void findsChartsInCompactAndIndentedSequenceStyles() throws Exception {
        assertEquals(List.of("a", "b"), charts("apiVersion: v1\nentries:\n  a:\n  - version: 1\n  b:\n  - version: 2\ngenerated: x\n"));
        assertEquals(List.of("a", "b"), charts("---\nentries:\n    a:\n      - version: 1\n    b: []\n"));
        assertEquals(List.of("a"), charts("\uFEFFentries:\r\n  a:\r\n  - version: 1\r\n"));
        assertEquals(List.of("a", "b"), charts("entries: # charts\n  a:\n  # between\n# far left\n  - version: 1\n  b:\n  - v: 1"));
        assertEquals(List.of("a"), charts("entries:\n  a:\n  - description: |\n      \tindented with a tab\n"));
    }

    @Test
    void blocksCoverExactlyTheChartLines() throws Exception {
        String yaml = "entries:\n  a:\n  - version: 1\n  b:\n  - version: 2\ngenerated: x\n";
        ChartBlocks blocks = scan(yaml).orElseThrow();
        assertEquals("  a:\n  - version: 1\n", yaml.substring((int) blocks.blocks().get(0).start(), (int) blocks.blocks().get(0).end()));
        assertEquals("  b:\n  - version: 2\n", yaml.substring((int) blocks.blocks().get(1).start(), (int) blocks.blocks().get(1).end()));
        assertEquals(yaml.length(), blocks.codePoints());
    }

    @Test
    void givesUpOnAnythingItCannotBeSureOf() throws Exception {
        for (String yaml : List.of(
                "{entries: {a: []}}\n",
                "entries: {a: []}\n",
                "entries:\n  \"a\":\n  - version: 1\n",
                "entries:\n  a b:\n  - version: 1\n",
                "entries:\n\ta:\n  - version: 1\n",
                "entries:\n    a:\n    - version: 1\n  b:\n",
                "entries:\n  - a\n",
                "entries:\n  ? a\n  : []\n",
                "%YAML 1.1\n---\nentries:\n  a: []\n",
                "entries:\n  a: []\n---\nentries:\n  b: []\n",
                "entries:\n  a: []\nentries:\n  b: []\n",
                "apiVersion: v1\n",
                "&anchor entries:\n  a: []\n")) {
            assertFalse(scan(yaml).isPresent(), yaml);
        }
    }

    @Test
    void aBlockThatDoesNotReadBackAsItsChartFallsBackToTheWholeParse() throws Exception {
        // not valid YAML 1.2 (the continuation line sits at the key's indentation), but SnakeYAML reads it
        String yaml = "entries:\n  a:\n  - version: 1\n    description: \"two\n  b: lines\"\n  c:\n  - version: 3\n";
        Path file = Fixtures.write(dir, "odd.yaml", yaml);
        HelmIndexParser parser = new HelmIndexParser(1 << 20);
        assertEquals(parser.parseWhole(file, Set.of("a", "b")), parser.parse(file, Set.of("a", "b")));
        assertEquals(Set.of("a"), parser.parse(file, Set.of("a", "b")).charts().keySet());
        Files.delete(file);
    }
}
