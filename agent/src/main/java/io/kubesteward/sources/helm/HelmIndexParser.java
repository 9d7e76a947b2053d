package io.kubesteward.sources.helm;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the wanted charts out of an index.yaml file. Plain block-style indexes (nearly all) are
 * pre-scanned so that only the wanted charts' lines are parsed; anything else, and anything the
 * fast path is not sure about, is parsed as one whole document by the same streaming reader.
 */
final class HelmIndexParser {
    private final long maxCodePoints;
    private final IndexWalker walker;

    HelmIndexParser(long maxCodePoints) {
        this.maxCodePoints = maxCodePoints;
        this.walker = new IndexWalker(maxCodePoints);
    }

    ParsedIndex parse(Path file, Set<String> wanted) throws IndexParseException, IOException {
        Optional<ChartBlocks> layout = ChartBlockScanner.scan(file, Files.size(file) > maxCodePoints);
        if (layout.isPresent()) {
            if (layout.get().codePoints() > maxCodePoints) {
                throw IndexParseException.tooLarge(maxCodePoints);
            }
            Optional<ParsedIndex> fast = parseBlocks(file, layout.get(), wanted);
            if (fast.isPresent()) {
                return fast.get();
            }
        }
        return parseWhole(file, wanted);
    }

    ParsedIndex parseWhole(Path file, Set<String> wanted) throws IndexParseException, IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (startsLikeHtml(in)) {
                throw IndexParseException.htmlPage();
            }
            return walker.walkDocument(in, wanted);
        }
    }

    /** A sign-in or error page served with 200 instead of the index: no YAML or JSON index starts with '<'. */
    private static boolean startsLikeHtml(InputStream in) throws IOException {
        in.mark(4096);
        try {
            for (int i = 0, b = in.read(); i < 4096 && b >= 0; i++, b = in.read()) {
                if (b == '<') {
                    return true;
                }
                if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
                    return false;
                }
            }
            return false;
        } finally {
            in.reset();
        }
    }

    /** Parses only the wanted blocks; empty when they do not read back as exactly those charts. */
    private Optional<ParsedIndex> parseBlocks(Path file, ChartBlocks layout, Set<String> wanted) throws IOException {
        List<ChartBlocks.Block> chosen = new ArrayList<>();
        for (ChartBlocks.Block b : layout.blocks()) {
            if (wanted.contains(b.chart())) {
                chosen.add(b);
            }
        }
        List<String> expected = chosen.stream().map(ChartBlocks.Block::chart).toList();
        ParsedIndex parsed;
        if (chosen.isEmpty()) {
            parsed = new ParsedIndex(java.util.Map.of(), 0);
        } else {
            List<String> seen = new ArrayList<>();
            try (InputStream in = new BufferedInputStream(new SliceInputStream(file, chosen), 1 << 16)) {
                parsed = walker.walkEntriesDocument(in, wanted, seen);
            } catch (IndexParseException e) {
                return Optional.empty();
            }
            if (!seen.equals(expected)) {
                return Optional.empty();
            }
        }
        return Optional.of(new ParsedIndex(parsed.charts(), layout.blocks().size()));
    }
}
