package io.kubesteward.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.http.Reply;
import io.kubesteward.http.TestHttpServer;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Istio's global.hub/global.tag in a HelmRelease: one proposal for the shared tag, its one line edited, the other image moving with it. */
class IstioHubTagPlanTest {
    @TempDir
    Path dir;

    @Test
    void theSharedTagIsProposedOnceAndOnlyItChanges() throws Exception {
        try (TestHttpServer registry = TestHttpServer.start()) {
            registry.route("/v2/istio/proxyv2/tags/list", (request, nth) -> Reply.ok(
                    "{\"name\":\"istio/proxyv2\",\"tags\":[\"1.20.3\",\"1.20.4\",\"1.20.4-distroless\",\"1.21.0-beta.1\"]}")
                    .header("Content-Type", "application/json"));
            String host = registry.base().substring("http://".length());
            Path repo = Files.createDirectories(dir.resolve("repo/istio"));
            Files.writeString(repo.resolve("release.yaml"), """
                    apiVersion: helm.toolkit.fluxcd.io/v2
                    kind: HelmRelease
                    metadata:
                      name: istiod
                    spec:
                      chart:
                        spec:
                          chart: istiod
                          version: 1.20.3
                          sourceRef: {kind: HelmRepository, name: istio}
                      values:
                        global:
                          hub: %s/istio
                          tag: 1.20.3
                          proxy:
                            image: proxyv2
                        pilot:
                          image: pilot
                    """.formatted(host));
            Path config = Files.writeString(dir.resolve("steward.yaml"), """
                    apiVersion: steward.io/v1alpha1
                    kind: Config
                    http: {retries: 0, allowedHosts: [127.0.0.1]}
                    registries: {insecure: ["%s"]}
                    """.formatted(host));
            Clock clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
            PlanOutcome plan = new StewardApp(clock, Progress.SILENT).planWithPatches(new PlanOptions(dir.resolve("repo"), null, config,
                    ClusterChoice.NONE));
            Report report = plan.report();
            Report.DeclarationEntry pilot = report.declarations().stream().filter(d -> d.name().equals(host + "/istio/pilot"))
                    .findFirst().orElseThrow();
            assertEquals("skipped", pilot.status());
            assertTrue(pilot.reason().contains("shared with " + host + "/istio/proxyv2"), pilot.reason());
            Report.ProposalEntry proposal = report.proposals().stream().filter(p -> p.branch().contains("proxyv2")).findFirst().orElseThrow();
            assertEquals("1.20.4", proposal.changes().get(0).to(), "same form: no distroless variant, no beta");
            assertEquals(null, proposal.editFailure());
            String patch = plan.patchByBranch().get(proposal.branch());
            assertTrue(patch.contains("-      tag: 1.20.3\n+      tag: 1.20.4\n"), patch);
            assertEquals(1, patch.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count(), patch);
        }
    }
}
