package io.kubesteward.cli;

import io.kubesteward.report.PullRequestBody;
import io.kubesteward.report.Report;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@code --out DIR}: one file per proposal, each written whole (temp file, then rename) or not at all. */
final class ProposalFiles {
    private ProposalFiles() {
    }

    static int write(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Report.ProposalEntry p : report.proposals()) {
            StringWriter body = new StringWriter();
            PullRequestBody.render(p, body);
            String base = p.branch().replace('/', '_');
            writeAtomically(dir.resolve(base + ".md"), "# " + p.title() + "\n\n" + body);
        }
        return report.proposals().size();
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
