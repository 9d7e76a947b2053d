package io.kubesteward.yamledit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.model.SourceFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Git-style unified diffs that the real git apply takes: CRLF, no final newline, several hunks, several files. */
class UnifiedDiffTest {
    @TempDir
    Path temp;

    private static String lines(int from, int to, String ending) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i + ending).collect(Collectors.joining());
    }

    private void assertRoundTrip(List<SourceFile> original, List<SourceFile> changed) throws Exception {
        Path repo = temp.resolve("repo");
        GitApply.assertApplies(repo, original, UnifiedDiff.between(original, changed), changed);
    }

    @Test
    void oneChangedLineWithThreeLinesOfContext() throws Exception {
        String before = lines(1, 10, "\n");
        String after = before.replace("line 5\n", "line five\n");

        String diff = UnifiedDiff.ofFile("chart/Chart.yaml", before, after);
        assertEquals("""
                diff --git a/chart/Chart.yaml b/chart/Chart.yaml
                --- a/chart/Chart.yaml
                +++ b/chart/Chart.yaml
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8
                """, diff);
        assertRoundTrip(List.of(new SourceFile("chart/Chart.yaml", before)), List.of(new SourceFile("chart/Chart.yaml", after)));
    }

    @Test
    void crlfLinesKeepTheirCarriageReturn() throws Exception {
        String before = lines(1, 6, "\r\n");
        String after = before.replace("line 1\r\n", "line one\r\n");

        String diff = UnifiedDiff.ofFile("a.yaml", before, after);
        assertTrue(diff.contains("\n-line 1\r\n+line one\r\n line 2\r\n"), diff);
        assertTrue(diff.startsWith("diff --git a/a.yaml b/a.yaml\n--- a/a.yaml\n+++ b/a.yaml\n@@ -1,4 +1,4 @@\n"), diff);
        assertRoundTrip(List.of(new SourceFile("a.yaml", before)), List.of(new SourceFile("a.yaml", after)));
    }

    @Test
    void aLastLineWithoutNewlineIsMarked() throws Exception {
        String before = lines(1, 4, "\n") + "version: 1.0.0";
        String after = lines(1, 4, "\n") + "version: 1.0.1";

        String diff = UnifiedDiff.ofFile("Chart.yaml", before, after);
        assertTrue(diff.endsWith("-version: 1.0.0\n\\ No newline at end of file\n+version: 1.0.1\n\\ No newline at end of file\n"), diff);
        assertRoundTrip(List.of(new SourceFile("Chart.yaml", before)), List.of(new SourceFile("Chart.yaml", after)));
    }

    @Test
    void anEditFarFromAnUnterminatedEndNeedsNoMarker() throws Exception {
        String before = lines(1, 12, "\n") + "end";
        String after = before.replace("line 2\n", "line two\n");

        assertTrue(!UnifiedDiff.ofFile("f.yaml", before, after).contains("No newline"));
        assertRoundTrip(List.of(new SourceFile("f.yaml", before)), List.of(new SourceFile("f.yaml", after)));
    }

    @Test
    void distantChangesMakeSeveralHunksAndNearOnesOne() throws Exception {
        String before = lines(1, 40, "\n");
        String after = before.replace("line 2\n", "line two\n").replace("line 30\n", "line thirty\n")
                .replace("line 36\n", "line thirty-six\n");

        String diff = UnifiedDiff.ofFile("values.yaml", before, after);
        assertEquals(List.of("@@ -1,5 +1,5 @@", "@@ -27,13 +27,13 @@"),
                diff.lines().filter(line -> line.startsWith("@@")).toList());
        assertRoundTrip(List.of(new SourceFile("values.yaml", before)), List.of(new SourceFile("values.yaml", after)));
    }

    @Test
    void severalFilesInPathOrderWithANewFileAndUnusualNames() throws Exception {
        List<SourceFile> original = List.of(
                new SourceFile("z/Chart.yaml", lines(1, 5, "\n")),
                new SourceFile("a/my values.yaml", lines(1, 5, "\n")),
                new SourceFile("charts/caf\u00e9/values.yaml", lines(1, 3, "\n")),
                new SourceFile("untouched.yaml", lines(1, 3, "\n")));
        List<SourceFile> changed = List.of(
                new SourceFile("z/Chart.yaml", lines(1, 5, "\n").replace("line 3", "line 3b")),
                new SourceFile("a/my values.yaml", lines(1, 5, "\n").replace("line 5\n", "line 5\nline 6\n")),
                new SourceFile("charts/caf\u00e9/values.yaml", "line 1\n"),
                new SourceFile("new/Chart.lock", "digest: x\n"));

        String diff = UnifiedDiff.between(original, changed);
        assertEquals(List.of("diff --git a/a/my values.yaml b/a/my values.yaml",
                "diff --git \"a/charts/caf\\303\\251/values.yaml\" \"b/charts/caf\\303\\251/values.yaml\"",
                "diff --git a/new/Chart.lock b/new/Chart.lock",
                "diff --git a/z/Chart.yaml b/z/Chart.yaml"), diff.lines().filter(line -> line.startsWith("diff")).toList());
        assertTrue(diff.contains("--- /dev/null\n+++ b/new/Chart.lock\n@@ -0,0 +1 @@\n+digest: x\n"), diff);
        assertRoundTrip(original, changed);
    }

    @Test
    void aProposalsEditsApplyWithGit() throws Exception {
        EditFixtures repo = EditFixtures.load("crlf");
        EditResult.Applied result = ValueEditTest.applied(EditFixtures.editor().edit(repo.files(),
                List.of(repo.update("chart/Chart.yaml", "redis", "18.6.2"), repo.update("chart/Chart.yaml", "nginx", "15.10.0"))));

        assertRoundTrip(repo.files(), result.changedFiles());
    }

    @Test
    void theEditScriptRebuildsBothSides() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<DiffLine> a = randomLines(random);
            List<DiffLine> b = randomLines(random);
            List<DiffLine> oldSide = new ArrayList<>();
            List<DiffLine> newSide = new ArrayList<>();
            for (LineDiff.Op op : LineDiff.diff(a, b)) {
                if (op.kind() != LineDiff.Kind.INSERT) {
                    oldSide.add(a.get(op.oldIndex()));
                }
                if (op.kind() != LineDiff.Kind.DELETE) {
                    newSide.add(b.get(op.newIndex()));
                }
                if (op.kind() == LineDiff.Kind.EQUAL) {
                    assertEquals(a.get(op.oldIndex()), b.get(op.newIndex()));
                }
            }
            assertEquals(a, oldSide);
            assertEquals(b, newSide);
            long kept = LineDiff.diff(a, b).stream().filter(op -> op.kind() == LineDiff.Kind.EQUAL).count();
            assertEquals(longestCommon(a, b), kept, "the script is a shortest one");
        }
    }

    @Test
    void largeFilesAreDiffedQuickly() {
        String big = lines(1, 50_000, "\n");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertEquals(5 + 50_000, UnifiedDiff.ofFile("new.yaml", null, big).lines().count());
            assertTrue(UnifiedDiff.ofFile("big.yaml", big, big.replace("line 25000\n", "line x\n")).contains("@@ -24997,7 +24997,7 @@"));
        });
    }

    private static int longestCommon(List<DiffLine> a, List<DiffLine> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table[0][0];
    }

    private static List<DiffLine> randomLines(Random random) {
        return IntStream.range(0, random.nextInt(12)).mapToObj(i -> new DiffLine("x" + random.nextInt(4), "\n")).toList();
    }
}
