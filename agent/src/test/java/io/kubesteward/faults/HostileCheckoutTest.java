package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.app.DemoDelivery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository whose tree holds symbolic links (one to a file outside the clone, one to a folder of
 * it): Steward clones it with JGit, reports each link as a problem, never reads or edits through it,
 * and delivers every other proposal.
 */
class HostileCheckoutTest {
    private static final String TOKEN = "ghp_canary_hostile_checkout_4e0d";

    @CatalogueEntry({39, 58})
    @Test
    void links_in_the_git_tree_are_reported_and_never_followed(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("outside.yaml"), """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: outside}
                spec:
                  chart:
                    spec: {chart: podinfo, version: 6.0.0, sourceRef: {kind: HelmRepository, name: podinfo}}
                """);
        try (DemoDelivery demo = new DemoDelivery(dir, TOKEN)) {
            Path clone = dir.resolve("person");
            try (Git git = Git.cloneRepository().setURI(demo.remote().toUri().toString()).setDirectory(clone.toFile()).call()) {
                Files.createSymbolicLink(clone.resolve("clusters/prod/apps/outside.yaml"), secret);
                Files.createSymbolicLink(clone.resolve("clusters/mirror"), Path.of("prod"));
                git.add().addFilepattern(".").call();
                PersonIdent person = new PersonIdent("Pat Person", "pat@example.com");
                git.commit().setMessage("links").setAuthor(person).setCommitter(person).setSign(false).call();
                git.push().call();
            }
            StewardCli.Result result = new StewardCli().withSecret(TOKEN)
                    .run("run", "--config", demo.config().toString(), "--output", "json").exits(0);
            List<String> problems = new ArrayList<>();
            for (JsonNode p : result.json().get("problems")) {
                problems.add(p.get("file").asText() + ": " + p.get("message").asText());
            }
            assertTrue(problems.contains("clusters/prod/apps/outside.yaml: skipped: a symbolic link; Steward reads and edits only regular files"),
                    problems.toString());
            assertTrue(problems.contains("clusters/mirror: skipped: a symbolic link to a folder; Steward does not follow links, "
                    + "so nothing under it is scanned"), problems.toString());
            assertTrue(result.json().get("declarations").findValuesAsText("file").stream()
                    .noneMatch(f -> f.contains("outside") || f.startsWith("clusters/mirror")), "nothing read through a link");
            assertEquals(5, demo.github().openPulls().size(), "every other proposal delivered");
            for (Map.Entry<String, List<String>> branch : demo.changes().entrySet()) {
                assertTrue(branch.getValue().stream().noneMatch(c -> c.startsWith("clusters/mirror") || c.contains("outside")),
                        branch.toString());
            }
        }
    }
}
