package io.kubesteward.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.cli.Main;
import io.kubesteward.cli.Terminal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --out} on the demo with a vendored dependency archive: the patch swaps it, and {@code git apply} takes it. */
class VendoredArchivePlanTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @Test
    void the_patch_replaces_the_vendored_archive_and_git_apply_takes_it(@TempDir Path dir) throws Exception {
        DemoDelivery.copyTree(EXAMPLES, dir.resolve("examples"));
        Path repo = dir.resolve("examples/gitops-repo");
        Path charts = dir.resolve("examples/chart-repo/jetstack");
        Files.createDirectories(repo.resolve("platform/charts"));
        Files.copy(charts.resolve("cert-manager-v1.14.5.tgz"), repo.resolve("platform/charts/cert-manager-v1.14.5.tgz"));
        byte[] published = Files.readAllBytes(charts.resolve("cert-manager-v1.14.5.tgz"));
        Files.delete(charts.resolve("cert-manager-v1.14.5.tgz")); // the analysis must read the repository's copy
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        StringWriter json = new StringWriter();
        int exit = Main.run(new String[] {"plan", "--repo", repo.toString(), "--output", "json", "--out", out.toString()},
                new Terminal(new PrintWriter(json), new PrintWriter(err), false));
        assertEquals(0, exit, err.toString());
        for (var proposal : new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toString()).get("proposals")) {
            if (proposal.toString().contains("cert-manager")) {
                assertTrue(proposal.get("analysed").size() > 0 && !proposal.path("notAnalysed").toString().contains("archive"), proposal::toString);
            }
        }
        String patch = Files.readString(out.resolve("steward_chart_cert-manager.patch"));
        assertTrue(patch.contains("deleted file mode 100644") && patch.contains("GIT binary patch"), patch);
        assertTrue(Files.readString(out.resolve("steward_chart_cert-manager.md"))
                .contains("platform/charts/cert-manager-v1.14.5.tgz replaced by platform/charts/cert-manager-v1.15.3.tgz"));

        assertArrayEquals(published, Files.readAllBytes(repo.resolve("platform/charts/cert-manager-v1.14.5.tgz")));
        git(repo, "init", "-q");
        git(repo, "apply", "--check", out.resolve("steward_chart_cert-manager.patch").toString());
        git(repo, "apply", out.resolve("steward_chart_cert-manager.patch").toString());
        assertFalse(Files.exists(repo.resolve("platform/charts/cert-manager-v1.14.5.tgz")));
        assertArrayEquals(Files.readAllBytes(charts.resolve("cert-manager-v1.15.3.tgz")),
                Files.readAllBytes(repo.resolve("platform/charts/cert-manager-v1.15.3.tgz")));
        assertTrue(Files.readString(repo.resolve("platform/Chart.yaml")).contains("\"v1.15.3\""));
    }

    private static void git(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.autocrlf=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "git " + String.join(" ", args) + " did not finish");
        assertEquals(0, p.exitValue(), () -> "git " + String.join(" ", args) + " failed:\n" + output);
    }
}
