package io.kubesteward.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NOTES.txt as a user sees it after install. helm-java's template does not print notes (install
 * would need a cluster), so a copy of the chart renders them into a ConfigMap.
 */
class NotesTest {
    @TempDir
    Path copy;

    @Test
    void notes_tell_how_to_start_a_run_and_what_is_missing() throws IOException {
        String notes = notes("");

        assertTrue(notes.contains("kubectl -n steward create job --from=cronjob/steward"), notes);
        assertTrue(notes.contains("config.git.url is not set"), notes);
        assertTrue(notes.contains("read-only (get, list, watch), cluster-wide"), notes);
        assertFalse(notes.contains("EVERY Secret"), notes);
    }

    @Test
    void notes_warn_when_secrets_become_readable() throws IOException {
        String notes = notes("cluster: {helmReleaseSecrets: true, namespaces: [apps]}\n");

        assertTrue(notes.contains("in: apps"), notes);
        assertTrue(notes.contains("Steward may read EVERY Secret in those namespaces"), notes);
    }

    @Test
    void daemon_notes_point_at_the_deployment() throws IOException {
        String notes = notes("mode: daemon\nconfig: {git: {url: 'https://github.com/acme/gitops.git'}, schedules: [{name: upgrades, cron: '@daily'}]}\n");

        assertTrue(notes.contains("steward daemon --config /etc/steward/config.yaml"), notes);
        assertTrue(notes.contains("logs -f deployment/steward"), notes);
        assertFalse(notes.contains("config.git.url is not set"), notes);
    }

    private String notes(String values) throws IOException {
        try (Stream<Path> files = Files.walk(StewardChart.DIR)) {
            for (Path source : files.toList()) {
                Path target = copy.resolve(StewardChart.DIR.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Path notes = copy.resolve("templates/NOTES.txt");
        Files.writeString(copy.resolve("templates/_notes.tpl"), "{{- define \"test.notes\" -}}\n" + Files.readString(notes) + "\n{{- end }}\n");
        Files.delete(notes);
        Files.writeString(copy.resolve("templates/notes.yaml"), """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: notes}
                data:
                  notes: |
                    {{- include "test.notes" . | nindent 4 }}
                """);
        Path valuesFile = copy.resolve("test-values.yaml");
        Files.writeString(valuesFile, values);
        String out = new Helm(copy).template().withName("steward").withNamespace(StewardChart.NAMESPACE).withKubeVersion("1.30.0")
                .withValuesFile(valuesFile).call();
        return Manifests.parse(out).ofKind("ConfigMap").stream().filter(c -> c.path("metadata").path("name").asText().equals("notes"))
                .findFirst().orElseThrow().path("data").path("notes").asText();
    }
}
