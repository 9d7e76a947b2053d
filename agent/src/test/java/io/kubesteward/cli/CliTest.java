package io.kubesteward.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.faults.CatalogueEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on the demo repository (offline: its config mirrors every chart repository to a folder). */
class CliTest {
    private static final Path DEMO = Path.of("..", "examples", "gitops-repo");

    private record Run(int exit, String out, String err) {
    }

    private static Run steward(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        return new Run(exit, out.toString(), err.toString());
    }

    @CatalogueEntry(70)
    @Test
    void plan_prints_tsv_rows_for_every_declaration_with_majors_on_rows_of_their_own() {
        Run run = steward("plan", "--repo", DEMO.toString(), "--output", "tsv");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err(), "stderr is not a terminal here, so no progress");
        assertEquals(List.of(
                "file\tkind\tname\tcurrent\tproposed",
                "clusters/prod/apps/api.yaml\tcontainer-image\tghcr.io/example/api\t3.2.0\t",
                "clusters/prod/apps/dashboards.yaml\tflux-helmrelease\t./charts/dashboards\t\t",
                "clusters/prod/apps/external-dns.yaml\tflux-helmrelease\texternal-dns\t1.14.4\t1.14.5",
                "clusters/prod/apps/podinfo.yaml\tflux-helmrelease\tpodinfo\t6.5.0\t6.7.1",
                "clusters/prod/apps/podinfo.yaml\tflux-helmrelease\tpodinfo\t6.5.0\t7.0.0",
                "clusters/prod/apps/redis.yaml\tflux-helmrelease\tredis\t18.6.1\t",
                "platform/Chart.yaml\thelm-chart-dependency\tingress-nginx\t4.10.1\t4.11.2",
                "platform/Chart.yaml\thelm-chart-dependency\tcert-manager\tv1.14.5\tv1.15.3",
                "platform/Chart.yaml\thelm-chart-dependency\tinternal-tools\t0.3.0\t"), run.out().lines().toList());
    }

    @CatalogueEntry(70)
    @Test
    void plan_out_writes_one_pr_body_per_proposal_and_nothing_else(@TempDir Path out) throws IOException {
        Run run = steward("plan", "--repo", DEMO.toString(), "--output", "json", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("{"), "stdout holds only the report");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(".steward-out", "report.html", "steward_chart_cert-manager.md", "steward_chart_cert-manager.patch", "steward_chart_external-dns.md",
                    "steward_chart_external-dns.patch", "steward_chart_ingress-nginx.md", "steward_chart_ingress-nginx.patch",
                    "steward_chart_podinfo-major.md", "steward_chart_podinfo-major.patch", "steward_chart_podinfo.md",
                    "steward_chart_podinfo.patch"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String patch = Files.readString(out.resolve("steward_chart_cert-manager.patch"));
        assertTrue(patch.contains("-    version: \"v1.14.5\"\n+    version: \"v1.15.3\""), patch);
        assertTrue(patch.contains("-version: 1.4.0\n+version: 1.4.1"), "the umbrella chart's own version is bumped: " + patch);
        assertTrue(Files.readString(out.resolve("steward_chart_cert-manager.md")).contains("chart platform version 1.4.0 → 1.4.1"));
        String major = Files.readString(out.resolve("steward_chart_podinfo-major.md"));
        assertTrue(major.contains("6.5.0") && major.contains("7.0.0"), major);
        assertFalse(major.contains(" @stefanprodan"), "mentions from chart metadata are neutralised");
        assertTrue(major.contains("steward:metadata"), "hidden metadata lets a later run recognise its PR");
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("id=\"lag-chart\""), "the whole report as a page beside them");
        assertTrue(Files.readString(out.resolve(".steward-out")).contains("report.html\n"), "and Steward's to replace");
    }

    @Test
    void plan_out_removes_what_the_plan_no_longer_proposes(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("proposals");
        assertEquals(0, steward("plan", "--repo", DEMO.toString(), "--output", "json", "--out", out.toString()).exit());
        Files.writeString(out.resolve("steward_chart_retired.md"), "# an earlier proposal\n");
        Files.writeString(out.resolve(".steward-out"), Files.readString(out.resolve(".steward-out")) + "steward_chart_retired.md\n"
                + "../outside.md\n");
        Files.writeString(dir.resolve("outside.md"), "not Steward's\n");
        Run again = steward("plan", "--repo", DEMO.toString(), "--output", "json", "--out", out.toString());
        assertEquals(0, again.exit(), again.err());
        assertFalse(Files.exists(out.resolve("steward_chart_retired.md")), "what the plan no longer proposes is gone");
        assertTrue(Files.exists(out.resolve("steward_chart_podinfo.md")));
        assertTrue(Files.exists(dir.resolve("outside.md")), "a manifest line never reaches outside the folder");
        assertFalse(Files.readString(out.resolve(".steward-out")).contains("retired"));
    }

    @Test
    void plan_out_refuses_a_folder_of_someone_elses_files_before_planning(@TempDir Path out) throws IOException {
        Files.writeString(out.resolve("notes.txt"), "mine\n");
        Run run = steward("plan", "--repo", DEMO.toString(), "--output", "json", "--out", out.toString());
        assertEquals(2, run.exit());
        assertEquals("steward: --out " + out + " already holds files Steward did not write (notes.txt); give a new or empty folder:"
                + " Steward removes from it what a later plan no longer proposes\n", run.err());
        assertEquals("", run.out(), "nothing planned, nothing printed");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("notes.txt"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void plan_out_with_a_cluster_writes_the_rightsizing_patch_and_body(@TempDir Path out) throws IOException {
        Run run = steward("plan", "--repo", DEMO.toString(), "--cluster", DEMO.resolveSibling("cluster-snapshot").toString(),
                "--output", "json", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        String patch = Files.readString(out.resolve("steward_rightsizing_apps.patch"));
        assertTrue(patch.contains("+") && patch.contains("500m") && patch.contains("1088Mi"), patch);
        assertTrue(Files.readString(out.resolve("steward_rightsizing_apps.md")).contains("1088Mi"));
    }

    @Test
    void bad_config_exits_2_with_one_line_naming_file_line_and_column(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "apiVersion: steward.io/v1alpha1\nkind: Config\nhttp:\n  retires: 3\n");
        Run run = steward("plan", "--repo", DEMO.toString(), "--config", config.toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("steward: " + config + ":4:3: unknown key 'retires' in http; allowed:"), run.err());
    }

    @Test
    void stacktrace_flag_adds_the_trace(@TempDir Path dir) throws IOException {
        Path config = dir.resolve("bad.yaml");
        Files.writeString(config, "apiVersion: nope\nkind: Config\n");
        Run run = steward("--stacktrace", "plan", "--repo", DEMO.toString(), "--config", config.toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().lines().count() > 1 && run.err().contains("ConfigError"), run.err());
    }

    @Test
    void unreadable_repository_exits_3(@TempDir Path dir) {
        Run run = steward("plan", "--repo", dir.resolve("missing").toString());
        assertEquals(ExitCodes.SYSTEMIC, run.exit());
        assertTrue(run.err().contains("is not a directory"), run.err());
    }

    @Test
    void validate_of_a_repository_that_does_not_exist_exits_2_naming_it(@TempDir Path dir) {
        Run run = steward("validate", "--repo", dir.resolve("missing").toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--repo: " + dir.resolve("missing") + " is not a folder"), run.err());
    }

    @Test
    void the_table_fits_the_width_it_is_given_and_wide_cuts_nothing() {
        Run fitted = stewardWide(100, "plan", "--repo", DEMO.toString());
        assertEquals(0, fitted.exit(), fitted.err());
        Run wide = stewardWide(60, "plan", "--repo", DEMO.toString(), "-o", "wide");
        assertTrue(wide.out().lines().anyMatch(l -> l.length() > 100), "wide ignores the terminal");
        assertFalse(wide.out().contains("…"), wide.out());
        // every word of every reason is still there, only on more lines
        String reasons = String.join(" ", wide.out().lines().filter(l -> l.contains("lookup-failed") || l.contains("skipped"))
                .map(l -> l.substring(l.lastIndexOf("  ") + 2)).toList());
        String fittedText = fitted.out().replaceAll("\\s+", " ");
        for (String word : reasons.split(" ")) {
            assertTrue(fittedText.contains(word), word + " is missing from\n" + fitted.out());
        }
        assertTrue(fitted.out().lines().allMatch(l -> l.length() <= 100), fitted.out());
    }

    private static Run stewardWide(int columns, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new Terminal(new PrintWriter(out), new PrintWriter(err), false, columns));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void fail_on_gates_ci_after_printing_the_whole_report() {
        Run gated = steward("plan", "--repo", DEMO.toString(), "-o", "tsv", "--fail-on", "blocking,outdated", "--fail-on", "lookup-failed");
        assertEquals(ExitCodes.FAIL_ON, gated.exit(), gated.err());
        assertEquals(steward("plan", "--repo", DEMO.toString(), "-o", "tsv").out(), gated.out(), "the report is the same");
        assertEquals(List.of("steward: --fail-on outdated: 4 declarations have updates", "steward: --fail-on lookup-failed: 1 lookup failed"),
                gated.err().lines().toList(), "blocking does not hold on the demo, so it is not named");
        Run quiet = steward("plan", "--repo", DEMO.toString(), "-o", "tsv", "--fail-on", "problems,drift,edit-failed");
        assertEquals(ExitCodes.OK, quiet.exit(), quiet.err());
        assertEquals("", quiet.err());
        Run wrong = steward("plan", "--repo", DEMO.toString(), "--fail-on", "stale");
        assertEquals(ExitCodes.USAGE, wrong.exit());
        assertTrue(wrong.err().contains("'stale' is not one of outdated, blocking, edit-failed, lookup-failed, problems, drift, rightsizing"),
                wrong.err());
    }

    @Test
    void validate_reachable_asks_the_repository_for_its_base_branch(@TempDir Path dir) throws Exception {
        Path bare = dir.resolve("gitops.git");
        try (org.eclipse.jgit.api.Git git = org.eclipse.jgit.api.Git.init().setDirectory(dir.resolve("work").toFile())
                .setInitialBranch("main").call()) {
            Files.writeString(dir.resolve("work/README.md"), "GitOps\n");
            git.add().addFilepattern(".").call();
            git.commit().setMessage("seed").setAuthor("a", "a@example.com").setCommitter("a", "a@example.com").setSign(false).call();
            org.eclipse.jgit.api.Git.cloneRepository().setURI(dir.resolve("work").toUri().toString()).setBare(true)
                    .setDirectory(bare.toFile()).call().close();
        }
        Path config = Files.writeString(dir.resolve("steward.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\ngit:\n  url: "
                + bare.toUri() + "\n");
        Run reached = steward("validate", "--reachable", "--config", config.toString());
        assertEquals(ExitCodes.OK, reached.exit(), reached.err());
        assertTrue(reached.out().matches("(?s)repository reachable: file:.*gitops\\.git/?: main at [0-9a-f]{7}\n.*"), reached.out());

        Path gone = Files.writeString(dir.resolve("gone.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\ngit:\n  url: "
                + dir.resolve("nope.git").toUri() + "\n  baseBranch: main\n");
        Run unreachable = steward("validate", "--reachable", "--config", gone.toString());
        assertEquals(ExitCodes.SYSTEMIC, unreachable.exit(), unreachable.out());
        assertTrue(unreachable.err().startsWith("steward: the repository cannot be reached: "), unreachable.err());
        assertEquals(1, unreachable.err().lines().count(), unreachable.err());
        assertEquals(ExitCodes.OK, steward("validate", "--config", gone.toString()).exit(), "without the flag nothing is reached");
    }

    @Test
    void a_namespace_flag_that_names_no_namespace_is_a_usage_error_on_every_command(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("d.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\n"
                + "schedules:\n  - {name: n, cron: '@daily', command: plan}\n");
        for (String[] args : List.of(new String[] {"plan", "--repo", DEMO.toString(), "-n", "Bad_Name"},
                new String[] {"daemon", "--config", config.toString(), "-n", "Bad_Name"})) {
            Run run = steward(args);
            assertEquals(ExitCodes.USAGE, run.exit(), args[0]);
            assertEquals("steward: -n 'Bad_Name' is not a namespace name (lower-case letters, digits and '-', at most 63 characters); "
                    + "repeat -n for several namespaces\n", run.err(), args[0]);
        }
    }

    @Test
    void usage_errors_exit_2() {
        Run run = steward("plan", "-o", "xml");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("xml") && run.err().contains("table, wide, json, yaml, markdown, tsv, html"), run.err());
        assertEquals(ExitCodes.USAGE, steward("frobnicate").exit());
    }

    @Test
    void validate_checks_the_repository_config() {
        Run run = steward("validate", "--repo", DEMO.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("configuration is valid: 4 package rule(s)"), run.out());
    }

    @Test
    void version_prints_the_version() {
        Run run = steward("version");
        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("steward "), run.out());
    }
}
