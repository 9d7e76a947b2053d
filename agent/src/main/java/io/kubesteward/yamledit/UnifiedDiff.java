package io.kubesteward.yamledit;

import io.kubesteward.model.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A git-style unified diff ({@code diff --git}, {@code ---}/{@code +++}, hunks with 3 lines of
 * context) that {@code git apply} takes. Each line is written with its own ending, as git does: a
 * CRLF file's lines carry their {@code \r} before the {@code \n} (most viewers hide it or show
 * {@code ^M}), so that applying the patch keeps the file's line endings. A last line without a
 * newline is followed by {@code \ No newline at end of file}.
 */
public final class UnifiedDiff {
    static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    private UnifiedDiff() {
    }

    /**
     * The diff from {@code original} to {@code changed}, which holds the new content of the files that
     * changed (a path not in {@code original} is a new file); files are listed by path.
     */
    public static String between(List<SourceFile> original, List<SourceFile> changed) {
        Map<String, String> before = original.stream().collect(Collectors.toMap(SourceFile::path, SourceFile::content, (a, b) -> b));
        Map<String, SourceFile> after = changed.stream()
                .collect(Collectors.toMap(SourceFile::path, Function.identity(), (a, b) -> b, TreeMap::new));
        StringBuilder diff = new StringBuilder();
        after.forEach((path, file) -> diff.append(ofFile(path, before.get(path), file.content())));
        return diff.toString();
    }

    /** The diff of one file; {@code before} is null for a new file. Empty when nothing changed. */
    public static String ofFile(String path, String before, String after) {
        if (after.equals(before)) {
            return "";
        }
        List<DiffLine> oldLines = DiffLine.split(before == null ? "" : before);
        List<DiffLine> newLines = DiffLine.split(after);
        List<LineDiff.Op> ops = LineDiff.diff(oldLines, newLines);
        StringBuilder out = new StringBuilder();
        String a = GitPaths.quote("a/", path);
        String b = GitPaths.quote("b/", path);
        out.append("diff --git ").append(a).append(' ').append(b).append('\n');
        if (before == null) {
            out.append("new file mode 100644\n");
        }
        String tab = path.indexOf(' ') >= 0 ? "\t" : "";
        out.append("--- ").append(before == null ? "/dev/null" : a + tab).append('\n');
        out.append("+++ ").append(b).append(tab).append('\n');
        for (int[] hunk : Hunks.of(ops, CONTEXT)) {
            appendHunk(out, ops, hunk[0], hunk[1], oldLines, newLines);
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<LineDiff.Op> ops, int from, int to, List<DiffLine> oldLines, List<DiffLine> newLines) {
        int oldBefore = Hunks.linesBefore(ops, from, true);
        int newBefore = Hunks.linesBefore(ops, from, false);
        int oldCount = 0;
        int newCount = 0;
        StringBuilder body = new StringBuilder();
        for (LineDiff.Op op : ops.subList(from, to)) {
            switch (op.kind()) {
                case EQUAL -> {
                    line(body, ' ', oldLines.get(op.oldIndex()));
                    oldCount++;
                    newCount++;
                }
                case DELETE -> {
                    line(body, '-', oldLines.get(op.oldIndex()));
                    oldCount++;
                }
                case INSERT -> {
                    line(body, '+', newLines.get(op.newIndex()));
                    newCount++;
                }
            }
        }
        out.append("@@ -").append(range(oldBefore, oldCount)).append(" +").append(range(newBefore, newCount)).append(" @@\n");
        out.append(body);
    }

    private static void line(StringBuilder out, char prefix, DiffLine line) {
        out.append(prefix).append(line.text());
        out.append(line.ending().isEmpty() ? "\n" + NO_NEWLINE : line.ending());
    }

    /** {@code start,count} as diff writes it: an empty range names the line before it, a count of 1 is left out. */
    private static String range(int linesBefore, int count) {
        if (count == 0) {
            return linesBefore + ",0";
        }
        return count == 1 ? String.valueOf(linesBefore + 1) : (linesBefore + 1) + "," + count;
    }
}
