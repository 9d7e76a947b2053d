package io.kubesteward.declarations.yaml;

import java.util.Arrays;

/**
 * Converts between code-point offsets (what SnakeYAML marks count) and Java {@code char} offsets
 * (what {@link String#substring} takes). Texts without supplementary characters map one to one.
 */
final class CodePointIndex {
    /** Code-point positions of the supplementary characters, ascending; each takes two chars. */
    private final int[] supplementaryAt;

    private CodePointIndex(int[] supplementaryAt) {
        this.supplementaryAt = supplementaryAt;
    }

    static CodePointIndex of(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            return new CodePointIndex(new int[0]);
        }
        int[] positions = new int[16];
        int count = 0;
        int codePoint = 0;
        for (int i = 0; i < text.length(); codePoint++) {
            if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == positions.length) {
                    positions = Arrays.copyOf(positions, count * 2);
                }
                positions[count++] = codePoint;
                i += 2;
            } else {
                i++;
            }
        }
        return new CodePointIndex(Arrays.copyOf(positions, count));
    }

    int toChar(int codePointOffset) {
        return codePointOffset + supplementaryBefore(codePointOffset);
    }

    int toCodePoint(int charOffset) {
        if (supplementaryAt.length == 0) {
            return charOffset;
        }
        // each supplementary character before the offset makes the char offset one larger
        int low = 0;
        int high = supplementaryAt.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (supplementaryAt[mid] + mid + 2 <= charOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return charOffset - low;
    }

    private int supplementaryBefore(int codePointOffset) {
        if (supplementaryAt.length == 0) {
            return 0;
        }
        int found = Arrays.binarySearch(supplementaryAt, codePointOffset);
        return found >= 0 ? found : -found - 1;
    }
}
