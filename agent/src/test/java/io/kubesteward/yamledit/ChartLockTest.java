package io.kubesteward.yamledit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.declarations.ScanResult;
import io.kubesteward.http.Reply;
import io.kubesteward.http.TestHttpServer;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceFile;
import io.kubesteward.model.UpdateType;
import io.kubesteward.planning.Update;
import io.kubesteward.render.TarBuilder;
import io.kubesteward.render.TestHelm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Steward's Chart.lock against Helm's own: a lock Helm wrote is edited for an upgrade, and its digest is the one
 * Helm's {@code dependency update} computes for the edited Chart.yaml (the digest {@code dependency build}, Flux and
 * Argo CD check). Charts come from a Helm repository on 127.0.0.1. (helm-java's {@code dependency build} cannot be
 * used here: it gives Helm no repository configuration, so Helm refuses any URL repository.)
 */
class ChartLockTest {
    private static final Instant PUBLISHED = Instant.parse("2026-01-02T03:04:05.120Z");

    private static String chartYaml(String repo, String webVersion) {
        return """
                apiVersion: v2
                name: shop
                version: 0.1.0
                dependencies:
                  - name: web
                    version: %2$s # pinned
                    repository: %1$s
                  - name: db
                    alias: store
                    version: 2.0.0
                    repository: "%1$s"
                    condition: store.enabled
                    tags: [backend, "data&state"]
                    import-values:
                      - defaults
                      - {child: exports.port, parent: storePort}
                """.formatted(repo, webVersion);
    }

    private static String index() {
        return """
                apiVersion: v1
                entries:
                  web:
                  - {name: web, apiVersion: v2, version: 1.1.0, created: "2026-01-02T03:04:05.12Z", urls: [web-1.1.0.tgz]}
                  - {name: web, apiVersion: v2, version: 1.0.0, created: "2025-06-01T00:00:00Z", urls: [web-1.0.0.tgz]}
                  db:
                  - {name: db, apiVersion: v2, version: 2.0.0, created: "2025-06-01T00:00:00Z", urls: [db-2.0.0.tgz]}
                """;
    }

    private static byte[] chart(String name, String version) {
        return new TarBuilder().file(name + "/Chart.yaml", "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n").tgz();
    }

    @Test
    void an_upgrade_edits_the_lock_to_the_digest_helm_computes(@TempDir Path dir) throws Exception {
        try (TestHttpServer repo = TestHttpServer.start()) {
            repo.route("/charts/index.yaml", (r, n) -> Reply.ok(index()));
            for (String file : List.of("web-1.0.0", "web-1.1.0", "db-2.0.0")) {
                String[] nameVersion = file.split("-");
                repo.route("/charts/" + file + ".tgz", (r, n) -> Reply.ok(chart(nameVersion[0], nameVersion[1])));
            }
            String url = repo.base() + "/charts";
            Path helmWrote = Files.createDirectories(dir.resolve("before"));
            Files.writeString(helmWrote.resolve("Chart.yaml"), chartYaml(url, "1.0.0"));
            TestHelm.dependencyUpdate(helmWrote);
            String lock = Files.readString(helmWrote.resolve("Chart.lock"));

            List<SourceFile> files = List.of(new SourceFile("shop/Chart.yaml", chartYaml(url, "1.0.0")), new SourceFile("shop/Chart.lock", lock));
            ScanResult scan = EditFixtures.SCANNER.scan(files);
            Declaration web = scan.declarations().stream().filter(d -> d.name().equals("web")).findFirst().orElseThrow();
            Release release = new Release("1.1.0", PUBLISHED, null, null, null, false, null, List.of(), null);
            EditResult.Applied result = ValueEditTest.applied(new ProposalEditor(EditFixtures.SCANNER, ChartBump.off())
                    .edit(files, List.of(new Update(web, "1.1.0", UpdateType.MINOR, release))));
            assertEquals(List.of(), result.staleLocks(), result.notes()::toString);
            String edited = ValueEditTest.changed(result, "shop/Chart.lock");
            assertTrue(edited.contains("generated: \"2026-01-02T03:04:05.12Z\""), edited);
            assertTrue(edited.contains("version: 1.1.0"), edited);

            Path helmAgain = Files.createDirectories(dir.resolve("helm-after"));
            Files.writeString(helmAgain.resolve("Chart.yaml"), ValueEditTest.changed(result, "shop/Chart.yaml"));
            TestHelm.dependencyUpdate(helmAgain);
            assertEquals(digest(Files.readString(helmAgain.resolve("Chart.lock"))), digest(edited), "the digest Helm computes");
            assertEquals(lock.replace("version: 1.0.0", "version: 1.1.0").replace(digest(lock), digest(edited)).replaceAll("generated: .*", ""),
                    edited.replaceAll("generated: .*", ""), "nothing else in the lock changes");
        }
    }

    @Test
    void a_lock_that_does_not_match_chart_yaml_one_for_one_is_named_not_guessed() {
        List<SourceFile> files = List.of(new SourceFile("c/Chart.yaml", chartYaml("https://charts.example.com", "1.0.0")),
                new SourceFile("c/Chart.lock", "dependencies:\n- name: web\n  repository: https://charts.example.com\n  version: 1.0.0\n"
                        + "digest: sha256:00\ngenerated: \"2025-01-01T00:00:00Z\"\n"));
        Declaration web = EditFixtures.SCANNER.scan(files).declarations().stream().filter(d -> d.name().equals("web")).findFirst().orElseThrow();
        EditResult.Applied result = ValueEditTest.applied(new ProposalEditor(EditFixtures.SCANNER, ChartBump.off())
                .edit(files, List.of(new Update(web, "1.1.0", UpdateType.MINOR, Release.of("1.1.0")))));
        assertEquals(List.of("c/Chart.lock"), result.staleLocks());
        assertEquals(List.of("c/Chart.lock must be regenerated (helm dependency update): it locks 1 dependency where c/Chart.yaml declares 2"),
                result.notes());
    }

    private static String digest(String lock) {
        return lock.lines().filter(l -> l.startsWith("digest:")).findFirst().orElseThrow().substring("digest:".length()).strip();
    }
}
