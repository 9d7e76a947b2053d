package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile files in the GitOps repository: each becomes a problem naming the file (and line and
 * column where there is one), while the rest of the repository is still planned; nothing outside
 * the repository is read, and nothing is written.
 */
class RepositoryFilesFaultTest {
    @TempDir
    Path dir;
    private HostileServer charts;
    private GitopsRepo repo;
    private final StewardCli steward = new StewardCli().withSecret(GitopsRepo.TOKEN);

    @BeforeEach
    void serve() throws Exception {
        charts = HostileServer.start().on("/charts/index.yaml", HostileServer.ok(GitopsRepo.index("calm")));
        repo = new GitopsRepo(dir).chart("calm", charts.url("/charts"));
    }

    @AfterEach
    void stop() {
        charts.close();
    }

    private Path write(String path, String text) throws Exception {
        Path file = repo.root().resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /** Plans; asserts the calm chart is still proposed; returns the problem reported for {@code path}. */
    private JsonNode problem(String path) throws Exception {
        String[] args = repo.plan();
        String before = tree();
        StewardCli.Result result = steward.run(args).exits(0);
        assertEquals(before, tree(), "plan writes nothing into the repository");
        assertEquals("update", result.declaration("calm").get("status").asText(), "the rest of the repository is planned");
        for (JsonNode p : result.json().get("problems")) {
            if (p.get("file").asText().equals(path)) {
                return p;
            }
        }
        throw new AssertionError("no problem reported for " + path + ": " + result.json().get("problems"));
    }

    private String tree() throws Exception {
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(repo.root())) {
            for (Path p : files.sorted().toList()) {
                all.append(repo.root().relativize(p)).append(Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        ? ":" + new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1).hashCode() : "").append('\n');
            }
        }
        return all.toString();
    }

    @CatalogueEntry(26)
    @Test
    void a_billion_laughs_file_is_a_problem_at_its_line_and_column() throws Exception {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char prev = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + prev + ",").repeat(8)).append('*').append(prev).append("]\n");
        }
        write("apps/laughs/values.yaml", "image:\n  repository: nginx\n  tag: 1.0.0\n" + bomb);
        JsonNode p = problem("apps/laughs/values.yaml");
        assertTrue(p.get("line").asInt() > 0 && p.get("column").asInt() > 0, p.toString());
        assertTrue(p.get("message").asText().contains("alias"), p.toString());
    }

    @CatalogueEntry(27)
    @Test
    void a_thousand_levels_deep_file_is_a_problem() throws Exception {
        write("apps/deep/values.yaml", "image: {tag: 1.0.0}\na:\n  " + "[".repeat(1000) + "]".repeat(1000) + "\n");
        write("apps/deeper/values.yaml", "image: {tag: 1.0.0}\na: " + "[".repeat(200_000) + "]".repeat(200_000) + "\n");
        JsonNode p = problem("apps/deep/values.yaml");
        assertEquals(3, p.get("line").asInt(), p.toString());
        assertEquals(2 + 200, p.get("column").asInt(), p.toString());
        assertTrue(p.get("message").asText().contains("nested more than 200 levels deep"), p.toString());
        JsonNode overflowing = problem("apps/deeper/values.yaml");
        assertEquals(2, overflowing.get("line").asInt(), overflowing.toString());
        assertTrue(overflowing.get("message").asText().contains("nested more than 200 levels deep"), overflowing.toString());
    }

    @CatalogueEntry(28)
    @Test
    void a_global_java_tag_is_never_constructed() throws Exception {
        Path marker = dir.resolve("constructed");
        write("apps/tagged/values.yaml", "image: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"file://"
                + marker + "\"]]]]\nother: !!java.io.FileOutputStream [\"" + marker + "\"]\n");
        StewardCli.Result result = steward.run(repo.plan()).exits(0);
        assertEquals("update", result.declaration("calm").get("status").asText());
        assertFalse(Files.exists(marker), "no Java object was made from a tag");
    }

    @CatalogueEntry({39, 58})
    @Test
    void a_symbolic_link_is_reported_and_never_read_or_followed() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.yaml"), "apiVersion: v2\nname: secret\nversion: 9.9.9\n"
                + "dependencies:\n  - name: leaked\n    version: 1.0.0\n    repository: " + charts.url("/charts") + "\n");
        Files.createDirectories(repo.root().resolve("apps"));
        Files.createSymbolicLink(repo.root().resolve("apps/Chart.yaml"), outside);
        Files.createSymbolicLink(repo.root().resolve("linked-dir"), dir);
        JsonNode p = problem("apps/Chart.yaml");
        assertTrue(p.get("message").asText().contains("symbolic link"), p.toString());
        StewardCli.Result result = steward.run(repo.plan()).exits(0);
        result.json().get("declarations").forEach(d -> assertFalse(d.get("name").asText().equals("leaked"),
                "read through a link: " + d));
        assertFalse(result.out().contains("outside.yaml"), "the linked directory was not walked");
    }

    @CatalogueEntry(40)
    @Test
    void a_local_chart_path_escaping_the_repository_is_never_read() throws Exception {
        Files.writeString(dir.resolve("Chart.yaml"), "apiVersion: v2\nname: escaped\nversion: 1.0.0\n");
        write("apps/umbrella/Chart.yaml", "apiVersion: v2\nname: umbrella2\nversion: 0.1.0\ndependencies:\n"
                + "  - name: escaped\n    version: 1.0.0\n    repository: file://../../..\n"
                + "  - name: shell\n    version: 1.0.0\n    repository: \"https://x.invalid/?a;echo$IFS;touch$IFS" + dir.resolve("pwned") + "\"\n");
        StewardCli.Result result = steward.run(repo.plan()).exits(0);
        JsonNode escaped = result.declaration("escaped");
        assertEquals("skipped", escaped.get("status").asText(), escaped.toString());
        assertFalse(Files.exists(dir.resolve("pwned")), "no shell ran");
        JsonNode shell = result.declaration("shell");
        assertEquals("lookup-failed", shell.get("status").asText(), shell.toString());
    }

    @CatalogueEntry(26)
    @Test
    void binary_and_invalid_utf8_files_are_skipped_as_problems() throws Exception {
        Files.createDirectories(repo.root().resolve("apps"));
        Files.write(repo.root().resolve("apps/binary.yaml"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 7});
        Files.write(repo.root().resolve("apps/latin1.yaml"), "image: caf\u00e9:1.0\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(problem("apps/binary.yaml").get("message").asText().contains("not UTF-8"));
        assertTrue(problem("apps/latin1.yaml").get("message").asText().contains("not UTF-8"));
    }
}
