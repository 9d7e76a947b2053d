package io.kubesteward.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.cli.Main;
import io.kubesteward.cli.Terminal;
import io.kubesteward.forge.github.FakeGitHub;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code steward run --cluster} on the demo: the worked example becomes one pull request for the
 * application {@code apps}, labelled {@code rightsizing}, whose body carries RIGHTSIZING.md's table;
 * the next run updates nothing.
 */
class RightsizingRunTest {
    private static final String TOKEN = "ghp_canary_rightsizing_7d1e";
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();
    private static final String BRANCH = "steward/rightsizing/apps";

    @TempDir
    Path dir;
    private DemoDelivery demo;
    private FakeGitHub github;
    private Path remote;
    private Path config;

    @BeforeEach
    void setUp() throws Exception {
        demo = new DemoDelivery(dir, TOKEN);
        github = demo.github();
        remote = demo.remote();
        config = demo.config();
    }

    @AfterEach
    void tearDown() {
        demo.close();
    }

    private JsonNode run() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"run", "--config", config.toString(), "--cluster", EXAMPLES.resolve("cluster-snapshot").toString(),
                "--output", "json"}, new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        assertEquals(0, exit, err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    private static JsonNode delivery(JsonNode report) {
        for (JsonNode d : report.get("deliveries")) {
            if (d.get("branch").asText().equals(BRANCH)) {
                return d;
            }
        }
        throw new AssertionError("no delivery for " + BRANCH + ": " + report.get("deliveries"));
    }

    @Test
    void one_pull_request_per_application_with_the_table_and_then_nothing_new() throws Exception {
        JsonNode first = run();
        JsonNode delivered = delivery(first);
        assertEquals("created", delivered.get("action").asText(), delivered.toString());
        String url = delivered.get("pullRequest").asText();
        JsonNode pull = github.pullJson(Long.parseLong(url.substring(url.lastIndexOf('/') + 1)));
        String body = pull.get("body").asText();
        assertTrue(body.contains("| cpu request | `1000m` | **`500m`** | 163m | 120m | 420m | CPU request = T |"), body);
        assertTrue(body.contains("| memory request | `2Gi` | **`1088Mi`** | 700Mi | 560Mi | 980Mi |"), body);
        assertTrue(body.contains("conf 9.2 d") && body.contains("Monthly cost impact") && body.contains("57.75 USD"), body);
        assertTrue(body.contains("\"package\":\"rightsizing/apps\""), "hidden metadata: " + body);
        assertTrue(pull.get("labels").toString().contains("\"rightsizing\""), pull.get("labels").toString());
        assertEquals("Raise resources after OOM kills: apps (4 workloads)", pull.get("title").asText());
        assertTrue(pull.get("labels").toString().contains("\"reliability\""), pull.get("labels").toString());
        // the Helm-rendered workloads of the same Flux Kustomization, at the values keys proven by rendering
        assertEquals(fileOn("main", "clusters/prod/apps/redis.yaml") + "  values:\n    master:\n      resources:\n        requests:\n"
                + "          memory: 688Mi\n        limits:\n          memory: 688Mi\n", fileOn(BRANCH, "clusters/prod/apps/redis.yaml"));
        assertEquals(fileOn("main", "clusters/prod/apps/podinfo.yaml").replace("memory: 512Mi", "memory: 256Mi").replace("memory: 1Gi", "memory: 512Mi"),
                fileOn(BRANCH, "clusters/prod/apps/podinfo.yaml"));
        assertEquals(fileOn("main", "clusters/prod/apps/external-dns.yaml") + "    resources:\n      requests:\n        cpu: 100m\n",
                fileOn(BRANCH, "clusters/prod/apps/external-dns.yaml"));
        assertTrue(body.contains("| memory request | `master.resources.requests.memory` (added) | `256Mi` | **`688Mi`** |"), body);
        assertTrue(body.contains("QoS class: Burstable (unchanged).") && body.contains("**T**, **L**, **U**: the VerticalPodAutoscaler's"
                + " target, lower bound and upper bound"), body);
        assertTrue(body.contains("| Deployment apps/api | 2 | 3.75 | 46.15 USD | 11.60 USD | 57.75 USD |")
                && body.contains("priced at 0.031611 USD per core-hour and 0.004237 USD per GiB-hour over 730 hours a month"), body);
        assertTrue(body.contains("### Rolling back") && body.contains("for OOM kills"), body);
        assertTrue(body.contains("An HPA scales this workload on cpu: its cpu request stays"), body);
        assertTrue(body.contains("Helm release apps/redis: rendered again with the edited values, its containers get exactly the proposed"
                + " resources and nothing else it renders changes"), body);
        assertTrue(body.contains("Helm release apps/podinfo: rendered again with the edited values (at chart versions 6.4.0 and 6.5.0: the"
                + " one the cluster runs and the one the repository declares)"), body);
        String api = fileOn("steward/rightsizing/apps", "clusters/prod/apps/api.yaml");
        assertEquals(fileOn("main", "clusters/prod/apps/api.yaml").replace("cpu: 1000m", "cpu: 500m").replace("cpu: 2000m", "cpu: 1000m")
                .replace("memory: 2Gi", "memory: 1088Mi"), api);
        assertEquals("rightsizing", first.get("rightsizing").get("proposals").get(0).get("labels").get(0).asText());

        JsonNode second = run();
        assertEquals("unchanged", delivery(second).get("action").asText());
        assertEquals(1, github.openCount(BRANCH));
    }

    @Test
    void a_rightsizing_change_merged_behind_the_base_head_holds_the_next_decrease_although_the_clone_starts_shallow() throws Exception {
        Path clone = dir.resolve("person");
        try (Git git = Git.cloneRepository().setURI(remote.toUri().toString()).setDirectory(clone.toFile()).setBranch("main").call()) {
            java.time.Instant now = java.time.Instant.now();
            for (String[] c : new String[][] {{"NOTES.md", "Rightsize resources of apps (Deployment apps/api) (#3)\n\n"
                    + "- clusters/prod/apps/api.yaml: Deployment/apps/api/api:requests.cpu 2000m -> 1000m (rightsizing)\n"},
                    {"OTHER.md", "Unrelated work on top"}}) {
                java.nio.file.Files.writeString(clone.resolve(c[0]), c[1]);
                git.add().addFilepattern(c[0]).call();
                org.eclipse.jgit.lib.PersonIdent who = new org.eclipse.jgit.lib.PersonIdent("Dev", "dev@example.com", java.util.Date.from(now),
                        java.util.TimeZone.getTimeZone("UTC"));
                git.commit().setMessage(c[1]).setAuthor(who).setCommitter(who).setSign(false).call();
            }
            git.push().call();
        }
        JsonNode report = run();
        for (JsonNode w : report.get("rightsizing").get("workloads")) {
            if (w.get("name").asText().equals("api")) {
                JsonNode cpu = w.get("containers").get(0).get("values").get(0);
                assertEquals("blocked", cpu.get("status").asText(), () -> cpu + " " + report.get("rightsizing").get("problems"));
                assertTrue(cpu.get("reason").asText().startsWith("cooldown: a merge changed this container"), cpu::toString);
                return;
            }
        }
        throw new AssertionError("no api in " + report.get("rightsizing"));
    }

    private String fileOn(String branch, String path) throws IOException {
        try (Repository repo = Git.open(remote.toFile()).getRepository(); RevWalk walk = new RevWalk(repo)) {
            RevCommit commit = walk.parseCommit(repo.resolve("refs/heads/" + branch));
            try (TreeWalk tree = TreeWalk.forPath(repo, path, commit.getTree())) {
                return new String(repo.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
            }
        }
    }

}
