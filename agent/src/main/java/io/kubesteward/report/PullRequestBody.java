package io.kubesteward.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Markdown body of one pull request: what changes, the maintainers' release notes, links, and
 * hidden metadata. Every string that comes from a chart repository goes through {@link MarkdownSanitizer}.
 */
public final class PullRequestBody {
    /** GitHub refuses bodies over 65,536 characters; the margin leaves room for forge decorations. */
    public static final int MAX_CHARS = 60_000;
    private static final int NOTES_MAX = 20_000;
    private static final int ENTRY_MAX = 1_000;
    private static final int RAW_NOTES_MAX = 10_000;
    private static final int MAX_TARGETS_NAMED = 5;
    private static final int MAX_SOURCES = 10;
    private static final String SHORTENED = "_Steward left parts of this description out to stay under "
            + String.format(Locale.ROOT, "%,d", MAX_CHARS) + " characters; the diff shows every change._\n\n";
    private static final String FOOTER = "---\n\n<sub>Opened by Steward. Closing this pull request without merging it "
            + "tells Steward to leave this version alone.</sub>\n\n";

    private PullRequestBody() {
    }

    public static void render(Report.ProposalEntry p, Writer out) throws IOException {
        out.write(text(p));
    }

    public static String text(Report.ProposalEntry p) {
        String metadata = PullRequestMetadata.of(p).comment() + "\n";
        int budget = MAX_CHARS - metadata.length() - FOOTER.length() - SHORTENED.length();
        StringBuilder b = new StringBuilder();
        b.append(intro(p)).append(ImpactSection.text(p)).append(RangeNotes.callouts(p));
        boolean shortened = changes(p, b, budget);
        b.append(editNotes(p));
        Report.ReleaseNotes notes = p.release();
        if (notes != null) {
            for (String section : List.of(compatibility(notes), releaseNotes(p, notes), links(notes))) {
                if (b.length() + section.length() <= budget) {
                    b.append(section);
                } else {
                    shortened = true;
                }
            }
        }
        if (shortened) {
            b.append(SHORTENED);
        }
        return b.append(FOOTER).append(metadata).toString();
    }

    /** Steward's own findings while editing (chart bumps, lock files, quoting) — not publisher text, but kept plain. */
    private static String editNotes(Report.ProposalEntry p) {
        StringBuilder b = new StringBuilder();
        if (p.editFailure() != null) {
            b.append("**This change could not be made:** ").append(MarkdownSanitizer.inline(p.editFailure(), 1_000)).append("\n\n");
        }
        if (!p.rules().isEmpty()) {
            b.append("**Allowed by** ").append(p.rules().stream().limit(10).map(r -> MarkdownSanitizer.inline(r, 200))
                    .collect(Collectors.joining("; "))).append(".\n\n");
        }
        if (!p.notes().isEmpty()) {
            b.append("**Also in this change**\n\n");
            p.notes().stream().limit(20).forEach(n -> b.append("- ").append(MarkdownSanitizer.inline(n, 500)).append('\n'));
            b.append('\n');
        }
        return b.toString();
    }

    private static String intro(Report.ProposalEntry p) {
        StringBuilder b = new StringBuilder("Steward proposes updating ").append(Markdown.code(p.name()));
        if (p.repository() != null) {
            b.append(" from ").append(Markdown.code(p.repository()));
        }
        List<String> targets = p.changes().stream().map(Report.ChangeEntry::shownTo).distinct().toList();
        b.append(" to ").append(targets.stream().limit(MAX_TARGETS_NAMED).map(Markdown::code).collect(Collectors.joining(", ")));
        if (targets.size() > MAX_TARGETS_NAMED) {
            b.append(" and ").append(targets.size() - MAX_TARGETS_NAMED).append(" other versions");
        }
        if (p.updateType() != null) {
            b.append(" (").append(MarkdownSanitizer.inline(p.updateType(), 20)).append(" update)");
        }
        b.append(p.changes().size() == 1 ? "." : " in " + p.changes().size() + " places.");
        if (p.release() != null && p.release().appVersion() != null) {
            b.append(" Chart ").append(Markdown.code(p.release().version())).append(" packages app version ")
                    .append(Markdown.code(p.release().appVersion())).append('.');
        }
        return b.append("\n\n").toString();
    }

    /** Appends the table of changes, leaving rows out when they would not fit; true when some were. */
    private static boolean changes(Report.ProposalEntry p, StringBuilder b, int budget) {
        List<List<String>> rows = new ArrayList<>();
        int size = b.length() + 100;
        int left = 0;
        for (Report.ChangeEntry c : p.changes()) {
            List<String> row = List.of(Markdown.code(TableRenderer.location(c.file(), c.line())),
                    Markdown.code(c.shownFrom()) + " → " + Markdown.code(c.shownTo()),
                    MarkdownSanitizer.inline(c.updateType(), 20), Text.date(c.releasedAt()));
            size += row.stream().mapToInt(s -> s.length() + 3).sum() + 2;
            if (size > budget / 2) {
                left++;
            } else {
                rows.add(row);
            }
        }
        Markdown.table(b, List.of("File", "Change", "Update", "Released"), rows);
        b.append('\n');
        if (left > 0) {
            b.append("_").append(Text.count(left, "more change is", "more changes are")).append(" not listed here._\n\n");
        }
        return left > 0;
    }

    private static String compatibility(Report.ReleaseNotes notes) {
        if (notes.kubeVersion() == null || notes.kubeVersion().isBlank()) {
            return "";
        }
        return "### Compatibility\n\nChart " + Markdown.code(notes.version()) + " requires Kubernetes "
                + Markdown.code(notes.kubeVersion()) + " (its `kubeVersion`); check that every cluster it is deployed to"
                + " satisfies it.\n\n";
    }

    private static String releaseNotes(Report.ProposalEntry p, Report.ReleaseNotes notes) {
        if (!notes.passed().isEmpty()) {
            return RangeNotes.section(p, notes, NOTES_MAX);
        }
        if (notes.changes() == null || notes.changes().isBlank()) {
            return "";
        }
        StringBuilder b = new StringBuilder("### Release notes\n\n")
                .append("Published by the chart maintainers in the `artifacthub.io/changes` annotation of ")
                .append(Markdown.code(p.name())).append(' ').append(Markdown.code(notes.version()))
                .append("; shown as they wrote it, not checked by Steward.\n\n");
        List<ReleaseChanges.Entry> entries = ReleaseChanges.parse(notes.changes()).entries();
        if (entries.isEmpty()) {
            return b.append(MarkdownSanitizer.fenced(notes.changes(), RAW_NOTES_MAX)).append('\n').toString();
        }
        int shown = 0;
        for (ReleaseChanges.Entry e : entries) {
            String line = entry(e);
            if (b.length() + line.length() > NOTES_MAX) {
                break;
            }
            b.append(line);
            shown++;
        }
        if (shown < entries.size()) {
            b.append("- _").append(Text.count(entries.size() - shown, "more entry", "more entries")).append(" not shown._\n");
        }
        return b.append('\n').toString();
    }

    /** One entry as a Markdown list item, ending in a newline. */
    static String entry(ReleaseChanges.Entry e) {
        StringBuilder b = new StringBuilder("- ");
        String kind = Text.orEmpty(e.kind()).strip();
        // Only a plain word can go inside the bold label without breaking it.
        if (kind.matches("[A-Za-z][A-Za-z -]{0,29}")) {
            b.append("**").append(Character.toUpperCase(kind.charAt(0))).append(kind.substring(1)).append(":** ");
        }
        b.append(MarkdownSanitizer.inline(e.description(), ENTRY_MAX));
        for (ReleaseChanges.Link link : e.links()) {
            MarkdownSanitizer.url(link.url()).ifPresent(url -> {
                String name = MarkdownSanitizer.inline(link.name(), 100);
                b.append(" — ").append(name.isBlank() ? "<" + url + ">" : "[" + name + "](" + url + ")");
            });
        }
        return b.append('\n').toString();
    }

    private static String links(Report.ReleaseNotes notes) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        MarkdownSanitizer.url(notes.home()).ifPresent(u -> {
            seen.add(u);
            lines.add("- Home: <" + u + ">");
        });
        for (String source : notes.sources().subList(0, Math.min(notes.sources().size(), MAX_SOURCES))) {
            MarkdownSanitizer.url(source).filter(seen::add).ifPresent(u -> lines.add("- Source: <" + u + ">"));
        }
        return lines.isEmpty() ? "" : "### Links\n\n" + lines.stream().collect(Collectors.joining("\n")) + "\n\n";
    }
}
