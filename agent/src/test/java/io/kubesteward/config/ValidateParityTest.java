package io.kubesteward.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kubesteward.versioning.VersionSchemes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code run} and the daemon would refuse, refused when the files are loaded, so {@code validate} says it first, at the key. */
class ValidateParityTest {
    /** Accepts five-field crons whose minute is 0–59, as a stand-in for the scheduler's reading. */
    private static final CronCheck CRONS = new CronCheck() {
        @Override
        public void schedule(String cron) {
            check(cron);
        }

        @Override
        public void window(String cron) {
            check(cron);
        }

        private void check(String cron) {
            String[] fields = cron.split(" ");
            if (fields.length != 5 || !fields[0].matches("\\*|[0-5]?[0-9]")) {
                throw new IllegalArgumentException("cron '" + cron + "' is not valid");
            }
        }
    };
    private final ConfigFiles files = new ConfigFiles(new ConfigLoader(VersionSchemes.helm(), CRONS));

    @TempDir
    Path dir;

    private String refused(String config) throws Exception {
        Path file = Files.writeString(dir.resolve("steward.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\n" + config);
        return assertThrows(ConfigError.class, () -> files.load(null, file)).oneLine().replace(file.toString(), "steward.yaml");
    }

    @Test
    void a_key_written_twice_is_refused_at_its_second_place() throws Exception {
        assertEquals("steward.yaml:5:3: key 'timeout' is written twice in http; keep one (YAML would silently take the last)",
                refused("http:\n  timeout: 5s\n  timeout: 6s\n"));
    }

    @Test
    void a_schedule_or_window_the_scheduler_cannot_read_is_refused_at_its_cron() throws Exception {
        assertEquals("steward.yaml:6:20: schedule weekly: cron '61 3 * * 1' is not valid",
                refused("schedules:\n  - name: nightly\n    cron: \"0 3 * * *\"\n  - {name: weekly, cron: \"61 3 * * 1\"}\n"));
        assertEquals("steward.yaml:5:5: maintenance window nights: cron '* 22' is not valid",
                refused("maintenanceWindows:\n  - name: nights\n    cron: \"* 22\"\n"));
    }

    @Test
    void every_error_of_every_file_is_reported_at_once() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("a.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Rules\npackageRules:\n  - matchPackageNames: [x]\n"
                + "    allowedVersions: '>>1'\n");
        Files.writeString(rules.resolve("b.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Nope\n");
        Path file = Files.writeString(dir.resolve("steward.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\n"
                + "forge:\n  type: gitea\n  repository: a/b\n"
                + "schedules:\n  - {name: one, cron: \"61 * * * *\"}\n  - {name: two, cron: \"0 3\"}\n"
                + "maintenanceWindows:\n  - {name: w, cron: \"x\"}\n");
        ConfigError e = assertThrows(ConfigError.class, () -> files.load(null, rules, file));
        java.util.List<String> lines = e.all().stream().map(ConfigError::oneLine).map(l -> l.replace(dir + "/", "")).toList();
        assertEquals(6, lines.size(), String.join("\n", lines));
        assertEquals(java.util.List.of("rules/a.yaml", "rules/b.yaml", "steward.yaml", "steward.yaml", "steward.yaml", "steward.yaml"),
                lines.stream().map(l -> l.substring(0, l.indexOf(':'))).toList(), "in the order the layers are read");
        assertEquals(String.join("\n", e.all().stream().map(ConfigError::oneLine).toList()), e.oneLine(), "one line per error");
        assertEquals(true, lines.get(5).startsWith("steward.yaml:3:1: forge type gitea needs 'tokenFrom'"), lines.get(5));
    }

    @Test
    void a_missing_mirror_folder_is_reported_with_the_other_errors_and_a_log_line_gets_one_line() throws Exception {
        Path file = Files.writeString(dir.resolve("steward.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\n"
                + "mirrors:\n  - {prefix: https://charts.example.com, folder: ./nowhere}\n"
                + "schedules:\n  - {name: one, cron: \"61 * * * *\"}\n");
        ConfigError e = assertThrows(ConfigError.class, () -> files.load(null, file));
        assertEquals(2, e.all().size(), e.oneLine());
        assertEquals(true, e.oneLine().contains("the mirror folder of https://charts.example.com"), e.oneLine());
        assertEquals(false, e.summary().contains("\n"), e.summary());
        assertEquals(true, e.summary().endsWith("(and 1 more; steward validate lists them)"), e.summary());
    }

    @Test
    void a_forge_without_its_repository_or_token_is_refused() throws Exception {
        assertEquals("steward.yaml:3:1: forge type github needs 'repository' (owner/name; GitLab: group/subgroup/name) in forge",
                refused("forge:\n  type: github\n  tokenFrom: {env: GITHUB_TOKEN}\n"));
        assertEquals("steward.yaml:3:1: forge type gitea needs 'tokenFrom' ({env: VARIABLE} or {file: /mounted/token}) in forge",
                refused("forge: {type: gitea, repository: ops/gitops, url: 'https://gitea.example.com'}\n"));
    }

    @Test
    void a_mirror_folder_that_does_not_exist_is_refused_unless_a_later_layer_replaces_that_mirror() throws Exception {
        assertEquals("steward.yaml:5:5: the mirror folder of https://charts.example.com (" + dir.resolve("nowhere") + ") does not exist;"
                + " a relative folder is read from the file that names it, and a --config file's mirror for the same prefix replaces it",
                refused("mirrors:\n  - prefix: https://charts.example.com\n    folder: nowhere\n"));
        Path repo = Files.createDirectories(dir.resolve("repo/.steward"));
        Files.writeString(repo.resolve("config.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\nmirrors:\n"
                + "  - {prefix: https://charts.example.com, folder: ../../elsewhere}\n");
        Files.createDirectories(dir.resolve("charts"));
        Path operator = Files.writeString(dir.resolve("operator.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\nmirrors:\n"
                + "  - {prefix: https://charts.example.com, folder: charts}\n");
        assertEquals(dir.resolve("charts").toString(), files.load(dir.resolve("repo"), operator).mirrors().get(0).folder(),
                "the operator's mirror replaces the repository's, whose folder is not there");
    }
}
