package io.kubesteward.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.cli.Main;
import io.kubesteward.cli.Terminal;
import io.kubesteward.faults.CatalogueEntry;
import io.kubesteward.forge.github.FakeGitHub;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steward run} end to end: the demo repository in a bare git remote, a GitHub that speaks
 * the real REST shapes on 127.0.0.1, and the demo's chart repositories as mirror folders.
 */
class RunEndToEndTest {
    private static final String TOKEN = "ghp_canary_run_e2e_5f1c";

    @TempDir
    Path dir;
    private DemoDelivery demo;
    private FakeGitHub github;
    private Path remote;
    private Path config;
    private Path charts;

    @BeforeEach
    void setUp() throws Exception {
        demo = new DemoDelivery(dir, TOKEN);
        github = demo.github();
        remote = demo.remote();
        config = demo.config();
        charts = demo.charts();
    }

    /** A new release appears upstream: an entry at the top of the chart's index. */
    private void publish(String repo, String chart, String version) throws IOException {
        Path index = charts.resolve(repo).resolve("index.yaml");
        String entry = "  " + chart + ":\n  - apiVersion: v2\n    created: '2026-11-01T00:00:00Z'\n    name: " + chart
                + "\n    urls:\n    - " + chart + "-" + version + ".tgz\n    version: " + version + "\n";
        Files.writeString(index, Files.readString(index).replace("  " + chart + ":\n", entry));
    }

    private void commitToMain(String path, String text) throws Exception {
        commitToMain(path, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void commitToMain(String path, byte[] content) throws Exception {
        Path clone = dir.resolve("main-" + System.nanoTime());
        try (Git git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(clone.toFile()).setBranch("main").call()) {
            Files.createDirectories(clone.resolve(path).getParent());
            Files.write(clone.resolve(path), content);
            git.add().addFilepattern(".").call();
            PersonIdent person = new PersonIdent("Pat Person", "pat@example.com");
            git.commit().setMessage("unrelated work").setAuthor(person).setCommitter(person).setSign(false).call();
            git.push().call();
        }
    }

    private List<String> changedPaths(String branch) throws IOException {
        try (Repository repo = Git.open(remote.toFile()).getRepository(); RevWalk walk = new RevWalk(repo);
             org.eclipse.jgit.diff.DiffFormatter diff = new org.eclipse.jgit.diff.DiffFormatter(org.eclipse.jgit.util.io.NullOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            RevCommit tip = walk.parseCommit(repo.resolve("refs/heads/" + branch));
            return diff.scan(walk.parseCommit(tip.getParent(0)).getTree(), tip.getTree()).stream()
                    .map(e -> e.getChangeType() == org.eclipse.jgit.diff.DiffEntry.ChangeType.DELETE ? e.getOldPath() + " (removed)" : e.getNewPath())
                    .sorted().toList();
        }
    }

    @AfterEach
    void tearDown() {
        demo.close();
    }

    private record Run(int exit, JsonNode report, String err) {
    }

    private Run run() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"run", "--config", config.toString(), "--output", "json"},
                new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        assertFalse(out.toString().contains(TOKEN) || err.toString().contains(TOKEN), "the token never leaks");
        return new Run(exit, exit == 0 ? new ObjectMapper().readTree(out.toString()) : null, err.toString());
    }

    private static Map<String, String> actions(JsonNode report) {
        Map<String, String> byBranch = new HashMap<>();
        report.get("deliveries").forEach(d -> byBranch.put(d.get("branch").asText(), d.get("action").asText()));
        return byBranch;
    }

    /** podinfo 6.7.2, whose values.schema.json refuses the demo's {@code replicaCount: 2}: a blocking finding. */
    private void publishSchemaBreakingPodinfo() throws IOException {
        publish("podinfo", "podinfo", "6.7.2");
        byte[] archive = new io.kubesteward.render.TarBuilder()
                .file("podinfo/Chart.yaml", "apiVersion: v2\nname: podinfo\nversion: 6.7.2\n")
                .file("podinfo/values.yaml", "replicaCount: 1\n")
                .file("podinfo/values.schema.json", "{\"type\": \"object\", \"properties\": {\"replicaCount\": {\"maximum\": 1}}}")
                .tgz();
        Files.write(charts.resolve("podinfo").resolve("podinfo-6.7.2.tgz"), archive);
    }

    @Test
    void a_blocking_finding_opens_the_pull_request_as_a_draft_with_the_impact_first() throws Exception {
        publishSchemaBreakingPodinfo();
        Run first = run();
        assertEquals(0, first.exit(), first.err());
        JsonNode pull = github.pullJson(numberOf(first.report(), "steward/chart/podinfo"));
        assertTrue(pull.get("draft").asBoolean(), "opened as a draft");
        String body = pull.get("body").asText();
        assertTrue(body.contains("### Impact"), body);
        assertTrue(body.contains("- **blocking** (schema): the values this release would get do not pass the values.schema.json of"
                + " podinfo 6.7.2"), body);
        assertTrue(body.contains("`replicaCount` (clusters/prod/apps/podinfo.yaml:16)"), body);
        assertTrue(body.indexOf("### Impact") < body.indexOf("| `clusters/prod/apps/podinfo.yaml:10`"), "the impact comes first");
        assertFalse(github.pullJson(numberOf(first.report(), "steward/chart/podinfo-major")).get("draft").asBoolean());
    }

    @Test
    void a_draft_is_marked_ready_for_review_once_a_newer_version_no_longer_blocks() throws Exception {
        publishSchemaBreakingPodinfo();
        Run first = run();
        long number = numberOf(first.report(), "steward/chart/podinfo");
        assertTrue(github.isDraft(number));
        publish("podinfo", "podinfo", "6.7.3");
        Files.write(charts.resolve("podinfo").resolve("podinfo-6.7.3.tgz"), new io.kubesteward.render.TarBuilder()
                .file("podinfo/Chart.yaml", "apiVersion: v2\nname: podinfo\nversion: 6.7.3\n").file("podinfo/values.yaml", "replicaCount: 1\n")
                .tgz());
        Run second = run();
        assertEquals(0, second.exit(), second.err());
        assertEquals(number, numberOf(second.report(), "steward/chart/podinfo"), "the same pull request");
        assertFalse(github.isDraft(number), "ready for review: nothing blocks 6.7.3");
    }

    @Test
    void with_blocking_hold_a_blocked_upgrade_is_neither_pushed_nor_opened_and_the_report_says_why() throws Exception {
        publishSchemaBreakingPodinfo();
        demo.appendToConfig("charts:\n  analysis:\n    blocking: hold\n");
        Run first = run();
        assertEquals(0, first.exit(), first.err());
        assertEquals("held back: blocking findings", actions(first.report()).get("steward/chart/podinfo"));
        assertEquals(0, github.openCount("steward/chart/podinfo"));
        assertEquals(1, github.openCount("steward/chart/podinfo-major"));
        try (Repository repo = Git.open(remote.toFile()).getRepository()) {
            assertEquals(null, repo.exactRef("refs/heads/steward/chart/podinfo"), "nothing pushed");
        }
    }

    @CatalogueEntry({42, 43})
    @Test
    void opens_one_pull_request_per_proposal_then_converges_and_respects_a_declined_version() throws Exception {
        Run first = run();
        assertEquals(0, first.exit(), first.err());
        Map<String, String> done = actions(first.report());
        assertEquals(5, done.size(), done.toString());
        assertTrue(done.values().stream().allMatch("created"::equals), first.report().get("deliveries").toString());
        // each diff touches only the changed values (and the umbrella chart's own version)
        String podinfo = demo.fileOnBranch("main", "clusters/prod/apps/podinfo.yaml");
        assertEquals(podinfo.replace("version: 6.5.0", "version: 6.7.1"), demo.fileOnBranch("steward/chart/podinfo", "clusters/prod/apps/podinfo.yaml"));
        String umbrella = demo.fileOnBranch("main", "platform/Chart.yaml");
        assertEquals(umbrella.replace("version: \"v1.14.5\"", "version: \"v1.15.3\"").replace("version: 1.4.0", "version: 1.4.1"),
                demo.fileOnBranch("steward/chart/cert-manager", "platform/Chart.yaml"));
        assertEquals(List.of("platform/Chart.yaml"), changedPaths("steward/chart/cert-manager"));
        assertEquals(List.of("clusters/prod/apps/podinfo.yaml"), changedPaths("steward/chart/podinfo-major"));
        JsonNode body = github.pullJson(numberOf(first.report(), "steward/chart/podinfo-major")).get("body");
        assertTrue(body.asText().contains("| `clusters/prod/apps/podinfo.yaml:10` | `6.5.0` → `7.0.0` | major |"), body.asText());
        assertTrue(body.asText().contains("@\u200bstefanprodan") && !body.asText().contains(" @stefanprodan"), "mentions neutralised");
        assertEquals(1, github.openCount("steward/chart/podinfo"));

        Run second = run();
        assertEquals(0, second.exit(), second.err());
        assertTrue(actions(second.report()).values().stream().allMatch("unchanged"::equals), actions(second.report()).toString());
        assertEquals(1, github.openCount("steward/chart/podinfo"), "updated in place, never a duplicate");

        long podinfoMajor = first.report().get("deliveries").findValuesAsText("pullRequest").stream()
                .filter(u -> u.endsWith("/" + numberOf(first.report(), "steward/chart/podinfo-major"))).count();
        assertEquals(1, podinfoMajor);
        github.closeUnmerged(numberOf(first.report(), "steward/chart/podinfo-major"));
        Run third = run();
        assertEquals("ignored: closed unmerged", actions(third.report()).get("steward/chart/podinfo-major"));
        assertEquals(0, github.openCount("steward/chart/podinfo-major"));
    }

    private static long numberOf(JsonNode report, String branch) {
        for (JsonNode d : report.get("deliveries")) {
            if (d.get("branch").asText().equals(branch)) {
                String url = d.get("pullRequest").asText();
                return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            }
        }
        throw new AssertionError("no delivery for " + branch);
    }

    @CatalogueEntry(41)
    @Test
    void a_branch_a_person_pushed_to_is_left_alone() throws Exception {
        assertEquals(0, run().exit());
        Path clone = dir.resolve("person");
        try (Git git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(clone.toFile())
                .setBranch("steward/chart/ingress-nginx").call()) {
            Files.writeString(clone.resolve("platform/NOTES.md"), "checked the ingress class change\n");
            git.add().addFilepattern(".").call();
            PersonIdent person = new PersonIdent("Pat Person", "pat@example.com");
            git.commit().setMessage("notes").setAuthor(person).setCommitter(person).setSign(false).call();
            git.push().call();
        }
        Run again = run();
        assertEquals("left alone: a person pushed", actions(again.report()).get("steward/chart/ingress-nginx"));
        assertTrue(demo.fileOnBranch("steward/chart/ingress-nginx", "platform/NOTES.md").contains("ingress class"));
    }

    @Test
    void a_newer_upstream_version_updates_the_same_pull_request_branch_and_body() throws Exception {
        Run first = run();
        long number = numberOf(first.report(), "steward/chart/podinfo");
        publish("podinfo", "podinfo", "6.7.2");
        Run second = run();
        assertEquals("updated", actions(second.report()).get("steward/chart/podinfo"));
        assertEquals(number, numberOf(second.report(), "steward/chart/podinfo"), "the same pull request");
        assertEquals(1, github.openCount("steward/chart/podinfo"));
        assertTrue(demo.fileOnBranch("steward/chart/podinfo", "clusters/prod/apps/podinfo.yaml").contains("version: 6.7.2"));
        assertTrue(github.pullJson(number).get("title").asText().endsWith("to 6.7.2"));
        assertTrue(github.pullJson(number).get("body").asText().contains("6.7.2"));
    }

    @Test
    void a_proposal_replaced_by_a_newer_one_for_the_same_package_closes_its_pull_request() throws Exception {
        Run first = run();
        long minor = numberOf(first.report(), "steward/chart/podinfo");
        // majors no longer apart: the one podinfo proposal is now the major one, which replaces the minor PR
        demo.appendToConfig("packageRules:\n  - {matchPackageNames: [podinfo], separateMajor: false}\n");
        Run second = run();
        Map<String, String> done = actions(second.report());
        assertEquals("closed, superseded", done.get("steward/chart/podinfo"), done.toString());
        assertEquals("closed", github.pullJson(minor).get("state").asText());
        String replacement = "/" + numberOf(second.report(), "steward/chart/podinfo-major");
        assertTrue(github.comments().stream().anyMatch(c -> c.contains(replacement)), github.comments().toString());
        Run third = run();
        assertFalse(actions(third.report()).containsKey("steward/chart/podinfo"), "closed as superseded is not a person's no");
    }

    @Test
    void limits_hold_back_what_would_exceed_them_until_a_later_run() throws Exception {
        Files.writeString(config, Files.readString(config).replace("  writeInterval: 0s\n", "  writeInterval: 0s\n  maxPrsPerRun: 2\n"));
        Map<String, String> first = actions(run().report());
        assertEquals(2, first.values().stream().filter("created"::equals).count(), first.toString());
        assertEquals(3, first.values().stream().filter("held back by a limit"::equals).count(), first.toString());
        Map<String, String> second = actions(run().report());
        assertEquals(2, second.values().stream().filter("created"::equals).count(), second.toString());
    }

    @Test
    void a_vendored_dependency_archive_is_replaced_by_the_published_archive_of_the_new_version() throws Exception {
        commitToMain("platform/charts/cert-manager-v1.14.5.tgz", Files.readAllBytes(charts.resolve("jetstack/cert-manager-v1.14.5.tgz")));
        Run first = run();
        assertEquals(0, first.exit(), first.err());
        assertEquals(List.of("platform/Chart.yaml", "platform/charts/cert-manager-v1.14.5.tgz (removed)", "platform/charts/cert-manager-v1.15.3.tgz"),
                changedPaths("steward/chart/cert-manager"));
        try (Repository repo = Git.open(remote.toFile()).getRepository();
             org.eclipse.jgit.treewalk.TreeWalk walk = org.eclipse.jgit.treewalk.TreeWalk.forPath(repo, "platform/charts/cert-manager-v1.15.3.tgz",
                     demo.head("steward/chart/cert-manager").getTree())) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(charts.resolve("jetstack/cert-manager-v1.15.3.tgz")),
                    repo.open(walk.getObjectId(0)).getBytes());
            assertEquals(null, org.eclipse.jgit.treewalk.TreeWalk.forPath(repo, "platform/charts/cert-manager-v1.14.5.tgz",
                    demo.head("steward/chart/cert-manager").getTree()), "the old archive goes");
        }
        String body = github.pullJson(numberOf(first.report(), "steward/chart/cert-manager")).get("body").asText();
        assertTrue(body.contains("platform/charts/cert-manager-v1.14.5.tgz replaced by platform/charts/cert-manager-v1.15.3.tgz"), body);
        Run second = run();
        assertEquals("unchanged", actions(second.report()).get("steward/chart/cert-manager"), "the same bytes: nothing to push");
    }

    @Test
    void two_pull_requests_on_one_umbrella_chart_and_its_lock_still_apply_after_one_is_merged() throws Exception {
        commitToMain("platform/Chart.lock", """
                dependencies:
                - name: ingress-nginx
                  repository: https://kubernetes.github.io/ingress-nginx
                  version: 4.10.1
                - name: cert-manager
                  repository: https://charts.jetstack.io
                  version: v1.14.5
                - name: internal-tools
                  repository: file://../charts/internal-tools
                  version: 0.3.0
                digest: sha256:0000000000000000000000000000000000000000000000000000000000000000
                generated: "2024-05-01T00:00:00Z"
                """);
        Run first = run();
        assertEquals(0, first.exit(), first.err());
        assertEquals(List.of("platform/Chart.lock", "platform/Chart.yaml"), changedPaths("steward/chart/cert-manager"));
        assertEquals(List.of("platform/Chart.lock", "platform/Chart.yaml"), changedPaths("steward/chart/ingress-nginx"));
        String ingressLockBefore = demo.fileOnBranch("steward/chart/ingress-nginx", "platform/Chart.lock");

        RevCommit merged = demo.head("steward/chart/cert-manager"); // a person merges one of the two
        try (Repository repo = Git.open(remote.toFile()).getRepository()) {
            org.eclipse.jgit.lib.RefUpdate main = repo.updateRef("refs/heads/main");
            main.setNewObjectId(merged.getId());
            assertEquals(org.eclipse.jgit.lib.RefUpdate.Result.FAST_FORWARD, main.update());
        }
        github.markMerged(numberOf(first.report(), "steward/chart/cert-manager"));

        Run second = run();
        assertEquals(0, second.exit(), second.err());
        assertEquals("updated", actions(second.report()).get("steward/chart/ingress-nginx"), actions(second.report()).toString());
        RevCommit rebuilt = demo.head("steward/chart/ingress-nginx");
        assertEquals(merged.getId(), rebuilt.getParent(0).getId(), "rebuilt on the merged base, so it applies as it is");
        String umbrella = demo.fileOnBranch("main", "platform/Chart.yaml");
        assertTrue(umbrella.contains("version: 1.4.1") && umbrella.contains("\"v1.15.3\""), umbrella);
        String ingress = demo.fileOnBranch("steward/chart/ingress-nginx", "platform/Chart.yaml");
        assertEquals(umbrella.replace("version: 1.4.1", "version: 1.4.2").replace("version: 4.10.1", "version: " + ingressVersion(ingress)), ingress,
                "only its own dependency and the next chart version");
        String lock = demo.fileOnBranch("steward/chart/ingress-nginx", "platform/Chart.lock");
        assertTrue(lock.contains("version: v1.15.3") && !lock.contains("version: 4.10.1"), "the lock holds both upgrades: " + lock);
        assertFalse(lock.equals(ingressLockBefore), "its digest is computed again over the merged Chart.yaml");
    }

    private static String ingressVersion(String chartYaml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name: ingress-nginx\\n\\s+version: (\\S+)").matcher(chartYaml);
        assertTrue(m.find(), chartYaml);
        return m.group(1);
    }

    @Test
    void when_the_base_branch_moves_branches_are_rebuilt_on_it() throws Exception {
        run();
        commitToMain("README.md", "platform repository\n");
        RevCommit main = demo.head("main");
        Run second = run();
        assertEquals("unchanged", actions(second.report()).get("steward/chart/podinfo"), "title and body are the same");
        RevCommit branch = demo.head("steward/chart/podinfo");
        assertEquals(main.getId(), branch.getParent(0).getId(), "the branch now starts at the new base");
        assertTrue(demo.fileOnBranch("steward/chart/podinfo", "README.md").contains("platform repository"));
    }

    @Test
    void outside_the_maintenance_window_proposals_are_planned_but_not_delivered() throws Exception {
        demo.appendToConfig("maintenanceWindows:\n  - {name: never-now, cron: '* * * ? * * 2099', timeZone: Asia/Tokyo}\n");
        Run run = run();
        Map<String, String> done = actions(run.report());
        assertEquals(5, done.size());
        assertTrue(done.values().stream().allMatch("planned only: outside the window"::equals), done.toString());
        assertEquals(0, github.openCount("steward/chart/podinfo"));
        try (Repository repo = Git.open(remote.toFile()).getRepository()) {
            assertEquals(null, repo.resolve("refs/heads/steward/chart/podinfo"), "nothing pushed outside the window");
        }
    }

    @CatalogueEntry(48)
    @Test
    void a_wrong_token_fails_each_delivery_in_words_without_the_token() throws Exception {
        Files.writeString(dir.resolve("token"), "wrong-" + TOKEN);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"run", "--config", config.toString(), "--output", "json"},
                new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        assertEquals(3, exit, "nothing delivered: a CronJob must not look successful");
        assertTrue(err.toString().startsWith("steward: no proposal could be delivered; the first failure: cannot list pull requests"),
                err.toString());
        assertFalse(err.toString().contains(TOKEN));
        JsonNode report = new ObjectMapper().readTree(out.toString());
        for (JsonNode d : report.get("deliveries")) {
            assertEquals("failed", d.get("action").asText());
            assertTrue(d.get("detail").asText().contains("token"), d.toString());
        }
        assertFalse(out.toString().contains(TOKEN));
    }
}
