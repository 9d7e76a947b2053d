package io.kubesteward.yamledit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The shortest edit script between two line lists (Myers' O(ND) algorithm), after stripping the
 * common head and tail: Steward's edits change a few lines of a file, so D stays small.
 */
final class LineDiff {
    enum Kind { EQUAL, DELETE, INSERT }

    /** One step of the script: the old line {@code oldIndex} and/or the new line {@code newIndex} (-1 when absent). */
    record Op(Kind kind, int oldIndex, int newIndex) {
    }

    private LineDiff() {
    }

    static List<Op> diff(List<DiffLine> a, List<DiffLine> b) {
        int head = 0;
        while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < a.size() - head && tail < b.size() - head
                && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < head; i++) {
            ops.add(new Op(Kind.EQUAL, i, i));
        }
        ops.addAll(middle(a.subList(head, a.size() - tail), b.subList(head, b.size() - tail), head));
        for (int i = tail; i > 0; i--) {
            ops.add(new Op(Kind.EQUAL, a.size() - i, b.size() - i));
        }
        return ops;
    }

    private static List<Op> middle(List<DiffLine> a, List<DiffLine> b, int offset) {
        int n = a.size();
        int m = b.size();
        if (n == 0 || m == 0) {
            List<Op> ops = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ops.add(new Op(Kind.DELETE, offset + i, -1));
            }
            for (int j = 0; j < m; j++) {
                ops.add(new Op(Kind.INSERT, -1, offset + j));
            }
            return ops;
        }
        int max = n + m;
        int[] v = new int[2 * max + 3];
        // for each d, the furthest x of diagonals -d..d before step d: memory grows with D squared, not with the file
        List<int[]> trace = new ArrayList<>();
        for (int d = 0; d <= max; d++) {
            trace.add(Arrays.copyOfRange(v, max + 1 - d, max + 2 + d));
            for (int k = -d; k <= d; k += 2) {
                boolean down = k == -d || (k != d && v[max + k] < v[max + k + 2]);
                int x = down ? v[max + k + 2] : v[max + k] + 1;
                int y = x - k;
                while (x < n && y < m && a.get(x).equals(b.get(y))) {
                    x++;
                    y++;
                }
                v[max + 1 + k] = x;
                if (x >= n && y >= m) {
                    return backtrack(trace, n, m, offset);
                }
            }
        }
        throw new IllegalStateException("no edit script found");
    }

    private static List<Op> backtrack(List<int[]> trace, int n, int m, int offset) {
        List<Op> ops = new ArrayList<>();
        int x = n;
        int y = m;
        for (int d = trace.size() - 1; d >= 0; d--) {
            int[] v = trace.get(d);
            int k = x - y;
            // v[i] is diagonal i - d
            boolean down = k == -d || (k != d && v[k - 1 + d] < v[k + 1 + d]);
            int previousK = down ? k + 1 : k - 1;
            int previousX = d == 0 ? 0 : v[previousK + d];
            int previousY = d == 0 ? 0 : previousX - previousK;
            while (x > previousX && y > previousY) {
                x--;
                y--;
                ops.add(new Op(Kind.EQUAL, offset + x, offset + y));
            }
            if (d > 0) {
                if (x == previousX) {
                    ops.add(new Op(Kind.INSERT, -1, offset + y - 1));
                } else {
                    ops.add(new Op(Kind.DELETE, offset + x - 1, -1));
                }
                x = previousX;
                y = previousY;
            }
        }
        Collections.reverse(ops);
        return ops;
    }
}
