package io.kubesteward.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.render.TarBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flux releases that wait for one another name each other in their impact: the merge order a reviewer needs. */
class CompanionReleasesTest {
    private static final String INDEX = """
            apiVersion: v1
            entries:
              stack:
              - {name: stack, version: 2.0.0, created: "2026-01-02T03:04:05Z", urls: [stack-2.0.0.tgz]}
              - {name: stack, version: 1.0.0, created: "2025-06-01T00:00:00Z", urls: [stack-1.0.0.tgz]}
              stack-crds:
              - {name: stack-crds, version: 12.0.0, created: "2026-01-02T03:04:05Z", urls: [stack-crds-12.0.0.tgz]}
              - {name: stack-crds, version: 11.0.0, created: "2025-06-01T00:00:00Z", urls: [stack-crds-11.0.0.tgz]}
            """;

    private static String release(String name, String version, String dependsOn) {
        return """
                apiVersion: helm.toolkit.fluxcd.io/v2
                kind: HelmRelease
                metadata: {name: %1$s, namespace: monitoring}
                spec:
                  %3$s
                  chart:
                    spec:
                      chart: %1$s
                      version: %2$s
                      sourceRef: {kind: HelmRepository, name: charts, namespace: flux-system}
                """.formatted(name, version, dependsOn);
    }

    private static byte[] chart(String name, String version) {
        return new TarBuilder().file(name + "/Chart.yaml", "apiVersion: v2\nname: " + name + "\nversion: " + version + "\n").tgz();
    }

    @Test
    void an_upgrade_that_waits_for_another_steward_upgrades_says_merge_that_one_first(@TempDir Path dir) throws Exception {
        try (HostileServer charts = serve()) {
            Path repo = Files.createDirectories(dir.resolve("repo/monitoring"));
            Files.writeString(repo.resolve("repository.yaml"), helmRepository(charts));
            Files.writeString(repo.resolve("crds.yaml"), release("stack-crds", "11.0.0", ""));
            Files.writeString(repo.resolve("stack.yaml"), release("stack", "1.0.0", "dependsOn: [{name: stack-crds}]"));
            Path config = Files.writeString(dir.resolve("steward.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\n"
                    + "http: {retries: 1, timeout: 5s, allowedHosts: [127.0.0.1]}\n");
            StewardCli.Result result = new StewardCli().run("plan", "--repo", dir.resolve("repo").toString(), "--config", config.toString(),
                    "--output", "json").exits(0);
            JsonNode stack = proposal(result.json(), "stack-major");
            JsonNode waits = order(stack);
            assertEquals("needs attention", waits.get("severity").asText(), waits::toString);
            assertEquals("waits for HelmRelease monitoring/stack-crds, which Steward also upgrades (stack-crds 11.0.0 → 12.0.0 in"
                    + " steward/chart/stack-crds-major): merge that one first, or both together; Flux upgrades this release only once it is ready",
                    waits.get("summary").asText());
            JsonNode waitedFor = order(proposal(result.json(), "stack-crds-major"));
            assertEquals("information", waitedFor.get("severity").asText());
            assertTrue(waitedFor.get("summary").asText().startsWith("HelmRelease monitoring/stack (chart stack) waits for this release"),
                    waitedFor::toString);
        }
    }

    @Test
    void the_same_releases_in_two_clusters_folders_are_paired_within_each_folder(@TempDir Path dir) throws Exception {
        try (HostileServer charts = serve()) {
            Path repo = Files.createDirectories(dir.resolve("repo"));
            Files.writeString(repo.resolve("repository.yaml"), helmRepository(charts));
            for (String cluster : List.of("staging", "prod")) {
                Path folder = Files.createDirectories(repo.resolve("clusters/" + cluster));
                // no namespace: a Kustomization gives it, as in most multi-cluster repositories
                Files.writeString(folder.resolve("crds.yaml"), release("stack-crds", "11.0.0", "").replace(", namespace: monitoring", ""));
                Files.writeString(folder.resolve("stack.yaml"), release("stack", "1.0.0", "dependsOn: [{name: stack-crds}]")
                        .replace(", namespace: monitoring", ""));
            }
            Path config = Files.writeString(dir.resolve("steward.yaml"), "apiVersion: steward.io/v1alpha1\nkind: Config\n"
                    + "http: {retries: 1, timeout: 5s, allowedHosts: [127.0.0.1]}\n");
            StewardCli.Result result = new StewardCli().run("plan", "--repo", repo.toString(), "--config", config.toString(),
                    "--output", "json").exits(0);
            List<String> companions = new ArrayList<>();
            for (JsonNode p : result.json().get("proposals")) {
                if (p.get("branch").asText().startsWith("steward/chart/stack-major")) {
                    p.get("impact").forEach(f -> {
                        if (f.get("check").asText().equals("order")) {
                            companions.add(f.get("details").get(0).asText());
                        }
                    });
                }
            }
            assertTrue(companions.contains("spec.dependsOn names it; it is declared in clusters/staging/crds.yaml."), companions::toString);
            assertTrue(companions.contains("spec.dependsOn names it; it is declared in clusters/prod/crds.yaml."), companions::toString);
        }
    }

    private static String helmRepository(HostileServer charts) {
        return "apiVersion: source.toolkit.fluxcd.io/v1\nkind: HelmRepository\n"
                + "metadata: {name: charts, namespace: flux-system}\nspec: {url: " + charts.url("/charts") + "}\n";
    }

    /** The chart repository: stack 1.0.0 and 2.0.0, stack-crds 11.0.0 and 12.0.0. */
    private static HostileServer serve() throws Exception {
        HostileServer charts = HostileServer.start();
        charts.on("/charts/index.yaml", HostileServer.ok(INDEX));
        for (String v : List.of("1.0.0", "2.0.0")) {
            charts.on("/charts/stack-" + v + ".tgz", HostileServer.bytes(chart("stack", v)));
        }
        for (String v : List.of("11.0.0", "12.0.0")) {
            charts.on("/charts/stack-crds-" + v + ".tgz", HostileServer.bytes(chart("stack-crds", v)));
        }
        return charts;
    }

    private static JsonNode proposal(JsonNode report, String branchTail) {
        for (JsonNode p : report.get("proposals")) {
            if (p.get("branch").asText().equals("steward/chart/" + branchTail)) {
                return p;
            }
        }
        throw new AssertionError("no proposal steward/chart/" + branchTail + " in " + report.get("proposals"));
    }

    private static JsonNode order(JsonNode proposal) {
        List<JsonNode> found = new ArrayList<>();
        proposal.get("impact").forEach(f -> {
            if (f.get("check").asText().equals("order")) {
                found.add(f);
            }
        });
        assertEquals(1, found.size(), proposal::toString);
        return found.get(0);
    }
}
