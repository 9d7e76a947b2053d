package io.kubesteward.observability;

import io.kubesteward.report.JsonRenderer;
import io.kubesteward.report.Report;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The JSON report written to a file on a volume ({@code report.file}), for dashboards and audits.
 * Written beside the target and moved into place, so a reader never sees half a report.
 */
public final class ReportFile {
    private ReportFile() {
    }

    /** @throws IOException with the path and what to check; callers log it rather than fail the run */
    public static void write(Path file, Report report) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                    new JsonRenderer().render(report, out);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new IOException("cannot write the report to " + target + ": " + e.getMessage()
                    + " (is the volume mounted and writable by Steward's user?)", e);
        }
    }
}
