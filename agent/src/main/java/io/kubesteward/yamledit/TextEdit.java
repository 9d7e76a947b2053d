package io.kubesteward.yamledit;

/**
 * A replacement of the chars {@code start..end} of one file by {@code replacement}, which holds
 * {@code value} at {@code valueOffset} (1 when quotes were added around it, else 0).
 */
record TextEdit(int start, int end, String replacement, String value, int valueOffset, String subject) {

    int delta() {
        return replacement.length() - (end - start);
    }
}
