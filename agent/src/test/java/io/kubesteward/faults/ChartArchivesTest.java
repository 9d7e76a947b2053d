package io.kubesteward.faults;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.render.TarBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive entries of the catalogue (path traversal, bombs, links, BOMs, schemas inside a
 * {@code .tgz}) as a plan meets them: the upgrade analysis fetches both archives of a chart update over HTTP,
 * only render's hardened reader unpacks them (in memory), and a refusal is the proposal's "not analysed" line,
 * never a failed run nor a finding made up.
 */
class ChartArchivesTest {
    @TempDir
    Path dir;

    private static final String CHART = "apiVersion: v2\nname: calm\nversion: %s\n";

    private static byte[] good(String version, String values) {
        return new TarBuilder().file("calm/Chart.yaml", CHART.formatted(version)).file("calm/values.yaml", values).tgz();
    }

    /** Plans {@code calm} 1.0.0 → 1.1.0 with 1.1.0's archive as given; returns the proposal as the JSON report has it. */
    private JsonNode planWith(byte[] newArchive, Path repo) throws Exception {
        return planWith(good("1.0.0", "replicas: 1\n"), newArchive, repo);
    }

    private JsonNode planWith(byte[] oldArchive, byte[] newArchive, Path repo) throws Exception {
        try (HostileServer charts = HostileServer.start()) {
            charts.on("/repo/index.yaml", HostileServer.ok(GitopsRepo.index("calm")))
                    .on("/repo/calm-1.0.0.tgz", HostileServer.bytes(oldArchive))
                    .on("/repo/calm-1.1.0.tgz", HostileServer.bytes(newArchive));
            String[] plan = new GitopsRepo(repo).chart("calm", charts.url("/repo")).plan();
            StewardCli.Result result = new StewardCli().withSecret(GitopsRepo.TOKEN).run(plan).exits(0);
            assertEquals("update", result.declaration("calm").get("status").asText());
            assertEquals(List.of("/repo/calm-1.0.0.tgz", "/repo/calm-1.1.0.tgz", "/repo/index.yaml"),
                    charts.paths().stream().sorted().toList(), "the index and the two archives, each once");
            return result.json().get("proposals").get(0);
        }
    }

    @Test
    void both_versions_are_rendered_and_a_selector_the_new_one_changes_blocks_with_the_step_that_lets_it_through(@TempDir Path work)
            throws Exception {
        String deployment = """
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: {{ .Release.Name }}
                  namespace: {{ .Release.Namespace }}
                spec:
                  replicas: {{ .Values.replicas }}
                  selector:
                    matchLabels: {%s}
                  template:
                    metadata:
                      labels: {%s}
                    spec:
                      containers:
                        - name: calm
                          image: ghcr.io/example/calm:%s
                """;
        byte[] old = new TarBuilder().file("calm/Chart.yaml", CHART.formatted("1.0.0")).file("calm/values.yaml", "replicas: 1\n")
                .file("calm/templates/deployment.yaml", deployment.formatted("app: calm", "app: calm", "1.0.0")).tgz();
        byte[] renamed = new TarBuilder().file("calm/Chart.yaml", CHART.formatted("1.1.0")).file("calm/values.yaml", "replicas: 1\n")
                .file("calm/templates/deployment.yaml", deployment.formatted("app.kubernetes.io/name: calm", "app.kubernetes.io/name: calm",
                        "1.1.0")).tgz();
        JsonNode proposal = planWith(old, renamed, work.resolve("repo"));
        List<JsonNode> impact = new java.util.ArrayList<>();
        proposal.get("impact").forEach(impact::add);
        JsonNode immutable = impact.stream().filter(f -> f.get("check").asText().equals("immutable")).findFirst().orElseThrow();
        assertEquals("blocking", immutable.get("severity").asText());
        assertTrue(immutable.get("summary").asText().startsWith("1.1.0 changes spec.selector of Deployment "), immutable.toString());
        assertTrue(immutable.toString().contains("--cascade=orphan"), immutable.toString());
        JsonNode images = impact.stream().filter(f -> f.get("check").asText().equals("images")).findFirst().orElseThrow();
        assertTrue(images.get("summary").asText().endsWith("ghcr.io/example/calm:1.0.0 → ghcr.io/example/calm:1.1.0"), images.toString());
        assertTrue(proposal.get("analysed").get(0).asText().contains("both rendered with those values for Kubernetes"), proposal.toString());
    }

    @CatalogueEntry({1, 2, 3, 4, 5, 7})
    @Test
    void a_hostile_archive_is_refused_by_the_hardened_reader_and_the_proposal_says_it_was_not_analysed(@TempDir Path work)
            throws Exception {
        byte[] chartYaml = CHART.formatted("1.1.0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // the header declares 4 KiB; the stream ends after 2 KiB
        byte[] truncated = new TarBuilder().entry("calm/Chart.yaml", '0', chartYaml, 4096, "").tar();
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put("reaches outside the chart", new TarBuilder().file("calm/Chart.yaml", CHART.formatted("1.1.0"))
                .file("calm/../../etc/cron.d/x", "* * * * * root id\n").tgz());
        hostile.put("absolute", new TarBuilder().file("/etc/x", "x").file("calm/Chart.yaml", CHART.formatted("1.1.0")).tgz());
        hostile.put("files of at most", new TarBuilder().file("calm/Chart.yaml", CHART.formatted("1.1.0"))
                .entry("calm/templates/big.yaml", '0', new byte[6 << 20]).tgz());
        hostile.put("ends", TarBuilder.gzip(truncated));
        hostile.put("Chart.yaml", new TarBuilder().file("Chart.yaml", CHART.formatted("1.1.0")).tgz());
        int i = 0;
        for (Map.Entry<String, byte[]> e : hostile.entrySet()) {
            JsonNode proposal = planWith(e.getValue(), work.resolve("repo" + i++));
            String notAnalysed = proposal.get("notAnalysed").toString();
            assertTrue(notAnalysed.contains("calm 1.1.0") && notAnalysed.contains(e.getKey()), e.getKey() + ": " + notAnalysed);
            assertEquals(0, proposal.get("impact").size(), "no finding is made up from a refused archive");
        }
        assertTrue(Files.notExists(Path.of("/etc/cron.d/x")), "nothing is unpacked to disk");
    }

    @CatalogueEntry({5, 9})
    @Test
    void links_are_skipped_and_a_byte_order_mark_is_dropped_so_the_archive_is_analysed() throws Exception {
        byte[] values = ("\uFEFF" + "replicas: 1\nextra: {}\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] archive = new TarBuilder().file("calm/Chart.yaml", CHART.formatted("1.1.0")).entry("calm/values.yaml", '0', values)
                .link("calm/templates/passwd.yaml", '2', "/etc/passwd").link("calm/templates/hard.yaml", '1', "calm/values.yaml").tgz();
        JsonNode proposal = planWith(archive, dir);
        assertEquals("[]", proposal.get("notAnalysed").toString());
        assertTrue(proposal.get("analysed").get(0).asText().startsWith("the archives of calm 1.0.0 and 1.1.0"), proposal.toString());
    }

    @CatalogueEntry(10)
    @Test
    void a_schema_that_refers_to_files_or_the_network_or_nests_deeply_is_not_followed(@TempDir Path work) throws Exception {
        try (HostileServer elsewhere = HostileServer.start()) {
            elsewhere.on("/", HostileServer.ok("{\"type\": \"string\"}"));
            String deep = "{\"properties\": {\"a\": ".repeat(10_000) + "{}" + "}}".repeat(10_000);
            List<String> schemas = List.of(
                    "{\"properties\": {\"replicas\": {\"$ref\": \"" + elsewhere.url("/replicas.json") + "\"}}}",
                    "{\"properties\": {\"replicas\": {\"$ref\": \"file:///dev/zero\"}}}",
                    deep);
            int i = 0;
            for (String schema : schemas) {
                byte[] archive = new TarBuilder().file("calm/Chart.yaml", CHART.formatted("1.1.0")).file("calm/values.yaml", "replicas: 1\n")
                        .file("calm/values.schema.json", schema).tgz();
                JsonNode proposal = planWith(archive, work.resolve("repo" + i++));
                assertTrue(proposal.get("notAnalysed").toString().contains("values.schema.json of calm 1.1.0 could not be used"),
                        proposal.get("notAnalysed").toString());
            }
            assertEquals(List.of(), elsewhere.paths(), "no reference is fetched");
        }
    }

    @CatalogueEntry(20)
    @Test
    void an_archive_on_another_host_is_fetched_without_the_repository_s_credentials() throws Exception {
        try (HostileServer charts = HostileServer.start(); HostileServer cdn = HostileServer.start()) {
            String index = GitopsRepo.index("calm").replace("urls: [calm-1.1.0.tgz]", "urls: [" + cdn.url("/cdn/calm-1.1.0.tgz") + "]");
            charts.on("/repo/index.yaml", HostileServer.ok(index))
                    .on("/repo/calm-1.0.0.tgz", HostileServer.bytes(good("1.0.0", "replicas: 1\n")));
            cdn.on("/cdn/calm-1.1.0.tgz", HostileServer.bytes(good("1.1.0", "replicas: 1\n")));
            String[] plan = new GitopsRepo(dir).chart("calm", charts.url("/repo")).plan();
            StewardCli.Result result = new StewardCli().withSecret(GitopsRepo.TOKEN).run(plan).exits(0);
            assertEquals("[]", result.json().get("proposals").get(0).get("notAnalysed").toString());
            assertEquals(List.of("/cdn/calm-1.1.0.tgz"), cdn.paths());
            assertEquals(List.of("(none)"), cdn.authorizations(), "the repository's token stays with the repository");
            assertTrue(charts.authorizations().stream().allMatch(a -> a.contains("Bearer") || a.contains("Basic")),
                    "the repository itself gets its credentials, archives relative to it included: " + charts.authorizations());
        }
    }

    @CatalogueEntry({1, 2, 3, 4, 5, 7, 10})
    @Test
    void only_the_hardened_archive_reader_the_http_body_decoder_and_the_release_secret_reader_unpack_anything() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kubesteward");
        noClasses().that().resideOutsideOfPackages("io.kubesteward.http..", "io.kubesteward.render..")
                .and().doNotHaveFullyQualifiedName("io.kubesteward.cluster.fabric8.HelmReleasePayload")
                .and().doNotHaveFullyQualifiedName("io.kubesteward.yamledit.BinaryDiff") // compresses a patch; unpacks nothing
                .should().dependOnClassesThat().resideInAnyPackage("java.util.zip..", "java.util.jar..", "org.apache.commons.compress..")
                .because("chart archives are read only by render's hardened reader (the catalogue's archive entries)")
                .check(main);
    }

    @CatalogueEntry(6)
    @Test
    void a_chart_named_to_escape_becomes_a_plain_branch_and_file_name(@TempDir Path out) throws Exception {
        String name = "../../Etc/Passwd..lock";
        try (HostileServer charts = HostileServer.start()) {
            charts.on("/repo/index.yaml", HostileServer.ok("apiVersion: v1\nentries:\n  \"" + name + "\":\n"
                    + "  - version: 1.1.0\n    urls: [x-1.1.0.tgz]\n"));
            String[] plan = new GitopsRepo(dir).chart(name, charts.url("/repo")).plan();
            String[] withOut = Stream.concat(Arrays.stream(plan), Stream.of("--out", out.toString())).toArray(String[]::new);
            StewardCli.Result result = new StewardCli().run(withOut).exits(0);
            String branch = result.json().get("proposals").get(0).get("branch").asText();
            assertEquals("steward/chart/etc-passwd-lock", branch);
            assertTrue(Repository.isValidRefName("refs/heads/" + branch), branch);
            try (Stream<Path> files = Files.list(out)) {
                assertTrue(files.map(f -> f.getFileName().toString()).allMatch(n -> n.startsWith("steward_chart_etc-passwd") || n.equals(".steward-out") || n.equals("report.html")),
                        "files stay in --out");
            }
        }
    }
}
