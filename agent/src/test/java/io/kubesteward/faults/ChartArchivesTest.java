package io.kubesteward.faults;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive entries of the catalogue (path traversal, bombs, links, BOMs, schemas inside a
 * {@code .tgz}) cannot reach Steward: it never downloads a chart archive, and no code that could
 * unpack one exists outside the HTTP body decoder. These tests keep it so; the day Steward opens
 * charts, they fail and the archive entries need tests of their own.
 */
class ChartArchivesTest {
    @TempDir
    Path dir;

    @CatalogueEntry({1, 2, 3, 4, 5, 7, 9, 10, 20})
    @Test
    void a_plan_downloads_the_index_and_never_a_chart_archive() throws Exception {
        String index = """
                apiVersion: v1
                entries:
                  calm:
                  - version: 1.1.0
                    urls: [%1$s/charts/calm-1.1.0.tgz, charts/calm-1.1.0.tgz]
                  - version: 1.0.0
                    urls: [%1$s/charts/calm-1.0.0.tgz]
                """;
        try (HostileServer charts = HostileServer.start()) {
            charts.on("/repo/index.yaml", HostileServer.ok(index.formatted(charts.url("/repo"))))
                    .on("/repo/charts", HostileServer.ok("not a chart"))
                    .on("/", HostileServer.status(404, "not here"));
            String[] plan = new GitopsRepo(dir).chart("calm", charts.url("/repo")).plan();
            StewardCli.Result result = new StewardCli().withSecret(GitopsRepo.TOKEN).run(plan).exits(0);
            assertEquals("update", result.declaration("calm").get("status").asText());
            assertEquals(List.of("/repo/index.yaml"), charts.paths(), "only the index is fetched");
        }
    }

    @CatalogueEntry({1, 2, 3, 4, 5, 7, 10})
    @Test
    void only_the_hardened_archive_reader_the_http_body_decoder_and_the_release_secret_reader_unpack_anything() {
        JavaClasses main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.kubesteward");
        noClasses().that().resideOutsideOfPackages("io.kubesteward.http..", "io.kubesteward.render..")
                .and().doNotHaveFullyQualifiedName("io.kubesteward.cluster.fabric8.HelmReleasePayload")
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
                assertTrue(files.map(f -> f.getFileName().toString()).allMatch(n -> n.startsWith("steward_chart_etc-passwd") || n.equals(".steward-out")),
                        "files stay in --out");
            }
        }
    }
}
