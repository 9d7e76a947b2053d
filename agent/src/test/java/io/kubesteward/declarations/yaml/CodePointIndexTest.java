package io.kubesteward.declarations.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kubesteward.faults.CatalogueEntry;
import org.junit.jupiter.api.Test;

class CodePointIndexTest {

    @CatalogueEntry(32)
    @Test
    void convertsBothWaysAroundSupplementaryCharacters() {
        String text = "a🎉b🎉🎉c";
        CodePointIndex index = CodePointIndex.of(text);

        for (int codePoint = 0; codePoint <= text.codePointCount(0, text.length()); codePoint++) {
            int expected = text.offsetByCodePoints(0, codePoint);
            assertEquals(expected, index.toChar(codePoint), "code point " + codePoint);
            assertEquals(codePoint, index.toCodePoint(expected), "char " + expected);
        }
    }

    @Test
    void plainTextMapsOneToOne() {
        CodePointIndex index = CodePointIndex.of("abc");

        assertEquals(2, index.toChar(2));
        assertEquals(2, index.toCodePoint(2));
    }
}
