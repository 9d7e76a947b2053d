package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RIGHTSIZING.md's rules that look back at merged changes read the repository's history: the demo cluster, read at
 * 2024-06-03T08:00Z, planned against a checkout whose history holds Steward's own rightsizing commits, merged as a
 * merge commit, squashed, and reverted.
 */
class RightsizingHistoryTest {
    private static final Instant READ_AT = Instant.parse("2024-06-03T08:00:00Z");

    private static PersonIdent at(Instant when) {
        return new PersonIdent("Dev", "dev@example.com", Date.from(when), TimeZone.getTimeZone("UTC"));
    }

    /** The demo repository as a git checkout, its first commit a month before the cluster was read. */
    private static Git checkout(Path dir) throws Exception {
        Path source = Path.of("..", "examples", "gitops-repo");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(source.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        // the mirror folders are relative to the config: point them at the checked-in chart repository
        Path config = dir.resolve(".steward/config.yaml");
        Files.writeString(config, Files.readString(config).replace("../../chart-repo", Path.of("..", "examples", "chart-repo")
                .toAbsolutePath().normalize().toString()));
        Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
        git.add().addFilepattern(".").call();
        git.commit().setMessage("The platform").setAuthor(at(READ_AT.minusSeconds(30 * 86_400))).setCommitter(at(READ_AT.minusSeconds(30 * 86_400)))
                .setSign(false).call();
        return git;
    }

    private static void commit(Git git, Path dir, String message, Instant when) throws Exception {
        commit(git, dir, "NOTES.md", message, when);
    }

    private static void commit(Git git, Path dir, String file, String message, Instant when) throws Exception {
        Files.writeString(dir.resolve(file), message);
        git.add().addFilepattern(file).call();
        git.commit().setMessage(message).setAuthor(at(when)).setCommitter(at(when)).setSign(false).call();
    }

    private static JsonNode plan(Path dir) throws IOException {
        return new StewardCli().run("plan", "--repo", dir.toString(), "--cluster", Path.of("..", "examples", "cluster-snapshot").toString(),
                "--output", "json").exits(0).json().get("rightsizing");
    }

    private static JsonNode line(JsonNode rightsizing, String workload, String resource, String field) {
        for (JsonNode w : rightsizing.get("workloads")) {
            if ((w.get("kind").asText() + " " + w.get("namespace").asText() + "/" + w.get("name").asText()).equals(workload)) {
                for (JsonNode v : w.get("containers").get(0).get("values")) {
                    if (v.get("resource").asText().equals(resource) && v.get("field").asText().equals(field)) {
                        return v;
                    }
                }
            }
        }
        throw new AssertionError("no " + workload + " " + resource + " " + field + " in " + rightsizing);
    }

    @Test
    void a_change_merged_days_ago_holds_decreases_until_the_cooldown_is_over(@TempDir Path dir) throws Exception {
        try (Git git = checkout(dir)) {
            assertEquals("change", line(plan(dir), "Deployment apps/api", "cpu", "request").get("status").asText(), "without history");
            // squashed: the pull request's title, then the commit's lines
            commit(git, dir, "Rightsize resources of apps (Deployment apps/api) (#7)\n\n* Rightsize resources of apps (Deployment apps/api)\n\n"
                    + "- clusters/prod/apps/api.yaml: Deployment/apps/api/api:requests.cpu 2000m -> 1000m (rightsizing)\n",
                    READ_AT.minusSeconds(2 * 86_400));
            JsonNode cpu = line(plan(dir), "Deployment apps/api", "cpu", "request");
            assertEquals("blocked", cpu.get("status").asText(), cpu::toString);
            assertTrue(cpu.get("reason").asText().startsWith("cooldown: a merge changed this container 2d ago; no decrease within 7d"),
                    cpu::toString);
        }
    }

    @Test
    void two_oom_raises_merged_within_the_lookback_stop_the_third_as_a_suspected_leak(@TempDir Path dir) throws Exception {
        try (Git git = checkout(dir)) {
            assertEquals("change", line(plan(dir), "StatefulSet apps/redis-master", "memory", "limit").get("status").asText());
            String raise = "Raise resources after OOM kills: apps (StatefulSet apps/redis-master)\n\n"
                    + "- clusters/prod/apps/redis.yaml: StatefulSet/apps/redis-master/redis:limits.memory %s -> %s (rightsizing)\n";
            commit(git, dir, raise.formatted("128Mi", "192Mi"), READ_AT.minusSeconds(9 * 86_400));
            // merged with a merge commit: the lines are in the merged branch's commit
            git.checkout().setCreateBranch(true).setName("steward/rightsizing/apps").call();
            commit(git, dir, raise.formatted("192Mi", "256Mi"), READ_AT.minusSeconds(5 * 86_400));
            git.checkout().setName("main").call();
            commit(git, dir, "OTHER.md", "Unrelated", READ_AT.minusSeconds(5 * 86_400 - 60));
            var branch = git.getRepository().resolve("steward/rightsizing/apps");
            var merged = git.merge().include(branch).setCommit(false)
                    .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).call();
            assertTrue(merged.getMergeStatus().isSuccessful(), merged::toString);
            Instant mergedAt = READ_AT.minusSeconds(4 * 86_400);
            git.commit().setMessage("Merge pull request #9 from acme/steward/rightsizing/apps").setAuthor(at(mergedAt)).setCommitter(at(mergedAt))
                    .setSign(false).call();
            assertEquals(2, git.log().setMaxCount(1).call().iterator().next().getParentCount());
            JsonNode limit = line(plan(dir), "StatefulSet apps/redis-master", "memory", "limit");
            assertTrue(!limit.get("status").asText().equals("change") && limit.get("reason").asText().contains("suspected leak or mis-sized limit"),
                    limit::toString);
        }
    }

    @Test
    void a_reverted_change_counts_from_its_revert(@TempDir Path dir) throws Exception {
        try (Git git = checkout(dir)) {
            commit(git, dir, "Rightsize resources of apps (Deployment apps/api)\n\n"
                    + "- clusters/prod/apps/api.yaml: Deployment/apps/api/api:requests.cpu 1000m -> 500m (rightsizing)\n",
                    READ_AT.minusSeconds(20 * 86_400));
            String sha = git.log().setMaxCount(1).call().iterator().next().getName();
            assertEquals("change", line(plan(dir), "Deployment apps/api", "cpu", "request").get("status").asText(), "20 days ago: past the cooldown");
            commit(git, dir, "Revert \"Rightsize resources of apps (Deployment apps/api)\"\n\nThis reverts commit " + sha + ".\n",
                    READ_AT.minusSeconds(86_400));
            JsonNode cpu = line(plan(dir), "Deployment apps/api", "cpu", "request");
            assertEquals("blocked", cpu.get("status").asText(), cpu::toString);
            assertTrue(cpu.get("reason").asText().contains("cooldown: a merge changed this container 1d ago"), cpu::toString);
        }
    }

    @Test
    void a_revert_merged_as_a_pull_request_of_its_own_counts_from_its_merge(@TempDir Path dir) throws Exception {
        try (Git git = checkout(dir)) {
            commit(git, dir, "Rightsize resources of apps (Deployment apps/api)\n\n"
                    + "- clusters/prod/apps/api.yaml: Deployment/apps/api/api:requests.cpu 1000m -> 500m (rightsizing)\n",
                    READ_AT.minusSeconds(20 * 86_400));
            String sha = git.log().setMaxCount(1).call().iterator().next().getName();
            git.checkout().setCreateBranch(true).setName("revert-7").call();
            commit(git, dir, "Revert \"Rightsize resources of apps (Deployment apps/api)\"\n\nThis reverts commit " + sha + ".\n",
                    READ_AT.minusSeconds(3 * 86_400));
            git.checkout().setName("main").call();
            commit(git, dir, "OTHER.md", "Unrelated", READ_AT.minusSeconds(3 * 86_400 - 60));
            var merged = git.merge().include(git.getRepository().resolve("revert-7")).setCommit(false)
                    .setFastForward(org.eclipse.jgit.api.MergeCommand.FastForwardMode.NO_FF).call();
            assertTrue(merged.getMergeStatus().isSuccessful(), merged::toString);
            Instant mergedAt = READ_AT.minusSeconds(2 * 86_400);
            git.commit().setMessage("Merge pull request #10 from acme/revert-7").setAuthor(at(mergedAt)).setCommitter(at(mergedAt))
                    .setSign(false).call();
            JsonNode cpu = line(plan(dir), "Deployment apps/api", "cpu", "request");
            assertTrue(cpu.get("reason").asText().contains("cooldown: a merge changed this container 2d ago"), cpu::toString);
        }
    }
}
