package io.kubesteward.yamledit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.ExtractorRegistry;
import io.kubesteward.declarations.FileResult;
import io.kubesteward.declarations.SingleFileExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Confirming many proposals re-scans the same files: what was decided for a file's content is decided once. */
class RememberingExtractorTest {
    private static final class Counting implements SingleFileExtractor {
        final List<String> checked = new ArrayList<>();
        final List<String> extracted = new ArrayList<>();

        @Override
        public String id() {
            return "counting";
        }

        @Override
        public boolean isCandidate(String path, String content) {
            checked.add(path);
            return content.contains("version");
        }

        @Override
        public FileResult<List<ExtractedDeclaration>> extract(String path, String content) {
            extracted.add(path);
            return new FileResult<>(List.of(), List.of());
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void candidacyAndExtractionAreRememberedPerContentAndRedoneWhenTheContentChanges() {
        Counting counting = new Counting();
        var remembering = (RememberingExtractor<List<ExtractedDeclaration>>) RememberingExtractor.remembering(
                new ExtractorRegistry(List.of(counting))).extractors().get(0);

        assertTrue(remembering.isCandidate("a.yaml", "version: 1"));
        assertTrue(remembering.isCandidate("a.yaml", new String("version: 1")));
        remembering.extract("a.yaml", "version: 1");
        remembering.extract("a.yaml", "version: 1");
        assertEquals(List.of("a.yaml"), counting.checked);
        assertEquals(List.of("a.yaml"), counting.extracted);

        assertFalse(remembering.isCandidate("a.yaml", "nothing here"));
        assertTrue(remembering.isCandidate("a.yaml", "version: 2"));
        assertEquals(List.of("a.yaml", "a.yaml", "a.yaml"), counting.checked);
    }
}
