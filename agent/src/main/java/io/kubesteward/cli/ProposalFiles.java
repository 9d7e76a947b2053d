package io.kubesteward.cli;

import io.kubesteward.report.PullRequestBody;
import io.kubesteward.report.Report;
import io.kubesteward.report.RightsizingEntry;
import io.kubesteward.report.RightsizingPullRequestBody;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * {@code --out DIR}: per proposal, its patch ({@code <branch>.patch}, applies with {@code git apply}) and its
 * PR body ({@code <branch>.md}); each file written whole (temp file, then rename) or not at all. A
 * proposal whose edit failed gets no patch; its body says why.
 */
final class ProposalFiles {
    private ProposalFiles() {
    }

    static int write(Report report, Map<String, String> patches, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Report.ProposalEntry p : report.proposals()) {
            StringWriter body = new StringWriter();
            PullRequestBody.render(p, body);
            String base = p.branch().replace('/', '_');
            writeAtomically(dir.resolve(base + ".md"), "# " + p.title() + "\n\n" + body);
            String patch = patches.get(p.branch());
            if (patch != null) {
                writeAtomically(dir.resolve(base + ".patch"), patch);
            }
        }
        int written = report.proposals().size();
        if (report.rightsizing() != null) {
            for (RightsizingEntry.ProposalEntry p : report.rightsizing().proposals()) {
                String base = p.branch().replace('/', '_');
                writeAtomically(dir.resolve(base + ".md"), "# " + p.title() + "\n\n"
                        + RightsizingPullRequestBody.text(report.rightsizing(), p));
                String patch = patches.get(p.branch());
                if (patch != null) {
                    writeAtomically(dir.resolve(base + ".patch"), patch);
                }
                written++;
            }
        }
        return written;
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
