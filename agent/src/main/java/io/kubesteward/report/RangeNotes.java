package io.kubesteward.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A change that moves over several versions: what the jump itself says (several minors or majors at
 * once, a 0.x minor), and the maintainers' notes of every version on the way, newest first, with the
 * breaking and removed entries gathered at the top. Publisher text goes through {@link MarkdownSanitizer}.
 */
final class RangeNotes {
    private static final Pattern MAJOR_MINOR = Pattern.compile("^v?(\\d{1,9})\\.(\\d{1,9})(?!\\d)");
    private static final Pattern BREAKING = Pattern.compile("(?i)\\bbreaking\\b");
    private static final int RAW_VERSION_MAX = 2_000;
    private static final int MAX_BREAKING = 20;

    private RangeNotes() {
    }

    /** Steward's own reading of the version numbers; empty when the move is one step. */
    static String callouts(Report.ProposalEntry p) {
        if (p.release() == null || p.changes().isEmpty()) {
            return "";
        }
        int[] from = majorMinor(p.changes().get(0).from());
        int[] to = majorMinor(p.release().version());
        if (from == null || to == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (from[0] == 0 && to[0] == 0 && to[1] != from[1]) {
            b.append("**A 0.x minor:** before 1.0 a minor release may break compatibility (SemVer item 4); read the notes as for a major.\n\n");
        }
        Set<String> minors = new LinkedHashSet<>();
        Set<String> majors = new LinkedHashSet<>();
        List<String> versions = new ArrayList<>();
        versions.add(p.release().version());
        p.release().passed().forEach(r -> versions.add(r.version()));
        for (String v : versions) {
            int[] mm = majorMinor(v);
            if (mm != null && mm[0] > from[0]) {
                majors.add(String.valueOf(mm[0]));
            }
            if (mm != null && (mm[0] != from[0] || mm[1] != from[1])) {
                minors.add(mm[0] + "." + mm[1]);
            }
        }
        if (majors.size() >= 2) {
            b.append("**Moves over ").append(majors.size()).append(" major releases** (").append(codes(reversed(majors)))
                    .append("): each may need its own upgrade steps; the notes below are per version.\n\n");
        } else if (minors.size() >= 2) {
            b.append("**Moves over ").append(minors.size()).append(" minor releases** (").append(codes(reversed(minors)))
                    .append("): the notes below are per version.\n\n");
        }
        return b.toString();
    }

    /** The release-notes section for a move over {@code notes.passed()}; empty when no version on the way published notes. */
    static String section(Report.ProposalEntry p, Report.ReleaseNotes notes, int max) {
        List<Report.PassedRelease> versions = new ArrayList<>();
        versions.add(new Report.PassedRelease(notes.version(), null, notes.changes()));
        versions.addAll(notes.passed());
        if (versions.stream().allMatch(v -> v.changes() == null || v.changes().isBlank())) {
            return "";
        }
        String oldest = versions.get(versions.size() - 1).version();
        StringBuilder b = new StringBuilder("### Release notes\n\n")
                .append("Published by the chart maintainers in the `artifacthub.io/changes` annotation of ")
                .append(Markdown.code(p.name())).append(", each version from ").append(Markdown.code(oldest)).append(" to ")
                .append(Markdown.code(notes.version())).append("; shown as they wrote it, not checked by Steward.\n\n");
        b.append(breaking(versions));
        List<String> silent = new ArrayList<>();
        int left = 0;
        for (Report.PassedRelease v : versions) {
            if (v.changes() == null || v.changes().isBlank()) {
                silent.add(v.version());
                continue;
            }
            String block = version(v);
            if (b.length() + block.length() > max) {
                left++;
                continue;
            }
            b.append(block);
        }
        if (left > 0) {
            b.append("_").append(Text.count(left, "more version's notes are", "more versions' notes are")).append(" not shown._\n\n");
        }
        if (!silent.isEmpty()) {
            b.append("_No notes published for ").append(codes(silent)).append("._\n\n");
        }
        return b.toString();
    }

    private static String breaking(List<Report.PassedRelease> versions) {
        StringBuilder b = new StringBuilder();
        int found = 0;
        for (Report.PassedRelease v : versions) {
            for (ReleaseChanges.Entry e : ReleaseChanges.parse(v.changes()).entries()) {
                boolean removed = "removed".equalsIgnoreCase(Text.orEmpty(e.kind()).strip());
                if ((removed || BREAKING.matcher(Text.orEmpty(e.description())).find()) && found++ < MAX_BREAKING) {
                    String line = PullRequestBody.entry(e);
                    b.append(line, 0, line.length() - 1).append(" (").append(Markdown.code(v.version())).append(")\n");
                }
            }
        }
        return found == 0 ? "" : "**Breaking or removed, across the range**\n\n" + b + "\n";
    }

    private static String version(Report.PassedRelease v) {
        StringBuilder b = new StringBuilder("#### ").append(Markdown.code(v.version())).append("\n\n");
        List<ReleaseChanges.Entry> entries = ReleaseChanges.parse(v.changes()).entries();
        if (entries.isEmpty()) {
            return b.append(MarkdownSanitizer.fenced(v.changes(), RAW_VERSION_MAX)).append("\n\n").toString();
        }
        entries.forEach(e -> b.append(PullRequestBody.entry(e)));
        return b.append('\n').toString();
    }

    private static int[] majorMinor(String version) {
        Matcher m = version == null ? null : MAJOR_MINOR.matcher(version.strip());
        return m != null && m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : null;
    }

    private static List<String> reversed(Set<String> newestFirst) {
        List<String> out = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return out;
    }

    private static String codes(List<String> values) {
        return values.stream().map(v -> Markdown.code(MarkdownSanitizer.inline(v, 100))).collect(Collectors.joining(", "));
    }
}
