package io.kubesteward.cli;

import io.kubesteward.report.HtmlRenderer;
import io.kubesteward.report.PullRequestBody;
import io.kubesteward.report.Report;
import io.kubesteward.report.RightsizingEntry;
import io.kubesteward.report.RightsizingPullRequestBody;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code --out DIR}: per proposal, its patch ({@code <branch>.patch}, applies with {@code git apply}) and its
 * PR body ({@code <branch>.md}), and the report as one page ({@code report.html}); each file written whole (temp file, then rename) or not at all. A
 * proposal whose edit failed gets no patch; its body says why. The folder is Steward's: it must be
 * new, empty or written by an earlier {@code --out} (its {@link #MANIFEST} lists what that wrote), and
 * what the plan no longer proposes is removed, so the folder always shows one plan.
 */
final class ProposalFiles {
    static final String MANIFEST = ".steward-out";
    /** The whole report as one page ({@code -o html}), beside the proposals' files. */
    static final String REPORT_PAGE = "report.html";

    private ProposalFiles() {
    }

    /** Before planning: why {@code dir} cannot take the output (a file, or a folder of someone else's files); empty when it can. */
    static Optional<String> unusable(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("--out " + dir + " is not a folder; give a new or empty folder");
        }
        if (Files.isRegularFile(dir.resolve(MANIFEST), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> foreign = entries.map(p -> p.getFileName().toString()).sorted().limit(4).toList();
            return foreign.isEmpty() ? Optional.empty() : Optional.of("--out " + dir + " already holds files Steward did not write ("
                    + String.join(", ", foreign) + (foreign.size() == 4 ? ", …" : "") + "); give a new or empty folder: Steward"
                    + " removes from it what a later plan no longer proposes");
        }
    }

    static int write(Report report, Map<String, String> patches, Path dir) throws IOException {
        Files.createDirectories(dir);
        Set<String> before = previous(dir);
        Set<String> written = new TreeSet<>();
        for (Report.ProposalEntry p : report.proposals()) {
            StringWriter body = new StringWriter();
            PullRequestBody.render(p, body);
            String base = p.branch().replace('/', '_');
            writeAtomically(dir.resolve(base + ".md"), "# " + p.title() + "\n\n" + body);
            written.add(base + ".md");
            String patch = patches.get(p.branch());
            if (patch != null) {
                writeAtomically(dir.resolve(base + ".patch"), patch);
                written.add(base + ".patch");
            }
        }
        int count = report.proposals().size();
        if (report.rightsizing() != null) {
            for (RightsizingEntry.ProposalEntry p : report.rightsizing().proposals()) {
                String base = p.branch().replace('/', '_');
                writeAtomically(dir.resolve(base + ".md"), "# " + p.title() + "\n\n"
                        + RightsizingPullRequestBody.text(report.rightsizing(), p));
                written.add(base + ".md");
                String patch = patches.get(p.branch());
                if (patch != null) {
                    writeAtomically(dir.resolve(base + ".patch"), patch);
                    written.add(base + ".patch");
                }
                count++;
            }
        }
        StringWriter page = new StringWriter();
        new HtmlRenderer().render(report, page);
        writeAtomically(dir.resolve(REPORT_PAGE), page.toString());
        written.add(REPORT_PAGE);
        for (String stale : before) {
            if (!written.contains(stale)) {
                Files.deleteIfExists(dir.resolve(stale));
            }
        }
        writeAtomically(dir.resolve(MANIFEST), String.join("\n", written) + "\n");
        return count;
    }

    /** What the last {@code --out} wrote here: plain names only, nothing that leaves the folder. */
    private static Set<String> previous(Path dir) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            if (line.matches("[^/\\\\]+\\.(md|patch|html)") && !line.equals(MANIFEST) && !line.startsWith("..")) {
                names.add(line);
            }
        }
        return names;
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), ".steward-", ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
