package io.kubesteward.yamledit;

import java.util.ArrayList;
import java.util.List;

/** Groups an edit script into hunks: each change with its context, changes closer than twice the context joined. */
final class Hunks {
    private Hunks() {
    }

    /** Each hunk as {@code [from, to)} indices into {@code ops}. */
    static List<int[]> of(List<LineDiff.Op> ops, int context) {
        List<int[]> hunks = new ArrayList<>();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == LineDiff.Kind.EQUAL) {
                i++;
                continue;
            }
            int from = Math.max(0, i - context);
            int lastChange = i;
            int j = i + 1;
            while (j < ops.size()) {
                if (ops.get(j).kind() != LineDiff.Kind.EQUAL) {
                    lastChange = j;
                } else if (j - lastChange > 2 * context) {
                    break;
                }
                j++;
            }
            int to = Math.min(ops.size(), lastChange + 1 + context);
            hunks.add(new int[] {from, to});
            i = to;
        }
        return hunks;
    }

    /** How many old (or new) lines the script covers before {@code index}. */
    static int linesBefore(List<LineDiff.Op> ops, int index, boolean old) {
        int count = 0;
        for (LineDiff.Op op : ops.subList(0, index)) {
            LineDiff.Kind skipped = old ? LineDiff.Kind.INSERT : LineDiff.Kind.DELETE;
            if (op.kind() != skipped) {
                count++;
            }
        }
        return count;
    }
}
