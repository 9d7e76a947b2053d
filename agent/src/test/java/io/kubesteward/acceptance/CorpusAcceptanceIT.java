package io.kubesteward.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.cli.Main;
import io.kubesteward.cli.Terminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steward against real GitOps repositories, compared with what Renovate found on the same input
 * ({@code ../shared/corpus}). Runs with {@code mvn -Pcorpus verify}.
 */
class CorpusAcceptanceIT {
    private static final int PORT = 8879;
    private static Path corpus;
    private static StaticServer server;

    @TempDir
    static Path work;

    @BeforeAll
    static void serveChartRepository() throws IOException {
        corpus = Path.of(System.getProperty("steward.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(corpus.resolve("repos")), "no corpus at " + corpus);
        server = StaticServer.start(corpus.resolve("chart-repo/www"), PORT);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run steward(String... args) throws IOException {
        Path config = work.resolve("offline.yaml");
        Files.writeString(config, """
                apiVersion: steward.io/v1alpha1
                kind: Config
                http:
                  allowedHosts: [127.0.0.1]
                  cacheDir: http-cache
                """);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config", config.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(all.toArray(String[]::new), new Terminal(new PrintWriter(out), new PrintWriter(err), false));
        return new Run(exit, out.toString(), err.toString());
    }

    private record Row(String file, String name, String current, String proposed) {
    }

    @Test
    void flux_home_ops_finds_every_helm_release_renovate_finds_and_proposes_the_same_versions() throws IOException {
        Path repo = corpus.resolve("repos/flux-home-ops-local");
        Run tsv = steward("plan", "--repo", repo.toString(), "--output", "tsv");
        assertEquals(0, tsv.exit(), tsv.err());
        Map<String, Set<String>> proposedByDeclaration = new HashMap<>();
        for (String line : tsv.out().split("\n")) {
            String[] c = line.split("\t", -1);
            if (c.length == 5 && !c[0].equals("file")) {
                proposedByDeclaration.computeIfAbsent(c[0] + "|" + c[2] + "|" + c[3], k -> new TreeSet<>());
                if (!c[4].isEmpty()) {
                    proposedByDeclaration.get(c[0] + "|" + c[2] + "|" + c[3]).add(c[4]);
                }
            }
        }
        Path reference = corpus.resolve("reference/renovate-44.121.2/flux-home-ops-local/deps-extended.tsv");
        Map<String, Set<String>> expected = new HashMap<>();
        for (String line : Files.readAllLines(reference, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c.length > 5 && c[1].equals("flux") && c[5].equals("helm")) {
                String key = c[0] + "|" + c[2] + "|" + c[3];
                expected.computeIfAbsent(key, k -> new TreeSet<>());
                if (!c[4].isEmpty()) {
                    expected.get(key).add(c[4]);
                }
            }
        }
        assertTrue(expected.size() > 30, "reference rows: " + expected.size());
        List<String> missing = new ArrayList<>();
        List<String> different = new ArrayList<>();
        expected.forEach((key, versions) -> {
            Set<String> ours = proposedByDeclaration.get(key);
            if (ours == null) {
                missing.add(key);
            } else if (!ours.equals(versions)) {
                different.add(key + " renovate=" + versions + " steward=" + ours);
            }
        });
        assertEquals(List.of(), missing, "HelmReleases Renovate lists that Steward does not");
        assertEquals(List.of(), different, "different proposals");

        Run json = steward("plan", "--repo", repo.toString(), "--output", "json");
        JsonNode report = new ObjectMapper().readTree(json.out());
        for (JsonNode d : report.get("declarations")) {
            String status = d.get("status").asText();
            if (status.equals("lookup-failed") || status.equals("skipped")) {
                assertTrue(d.hasNonNull("reason") && !d.get("reason").asText().isBlank(), "no reason for " + d);
            }
        }
    }

    @Test
    void large_index_is_fetched_once_and_every_chart_is_planned() throws IOException {
        Path repo = corpus.resolve("repos/perf-large-index-local");
        Run json = steward("plan", "--repo", repo.toString(), "--output", "json");
        assertEquals(0, json.exit(), json.err());
        JsonNode report = new ObjectMapper().readTree(json.out());
        JsonNode indexes = report.get("statistics").get("indexes");
        long large = 0;
        for (JsonNode i : indexes) {
            if (i.get("repository").asText().endsWith("/large")) {
                large++;
                assertTrue(i.get("bytes").asLong() > 20_000_000, i.toString());
            }
        }
        assertEquals(1, large, "the /large index is fetched exactly once: " + indexes);
        int charts = 0;
        for (JsonNode d : report.get("declarations")) {
            if (d.get("repository").asText("").endsWith("/large")) {
                charts++;
                assertTrue(Set.of("update", "no-update").contains(d.get("status").asText()), d.toString());
            }
        }
        assertTrue(charts >= 7, "declarations against /large: " + charts);
    }
}
