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

/** A Flux OCIRepository of manifests: its tags read from a registry on 127.0.0.1, the newer one proposed, spec.ref.tag edited in place. */
class FluxArtifactPlanTest {
    @TempDir
    Path dir;

    @Test
    void anArtifactsTagIsProposedAndOnlyItsValueChanges() throws Exception {
        try (TestHttpServer registry = TestHttpServer.start()) {
            registry.route("/v2/fluxcd/flux-manifests/tags/list", (request, nth) -> Reply.ok(
                    "{\"name\":\"fluxcd/flux-manifests\",\"tags\":[\"v2.2.3\",\"v2.3.0\",\"v2.3.1\",\"v2.4.0-rc.1\",\"latest\"]}")
                    .header("Content-Type", "application/json"));
            String host = registry.base().substring("http://".length());
            Path repo = Files.createDirectories(dir.resolve("repo/clusters/main"));
            String flux = """
                    apiVersion: source.toolkit.fluxcd.io/v1beta2
                    kind: OCIRepository
                    metadata:
                      name: flux-manifests
                      namespace: flux-system
                    spec:
                      interval: 10m
                      url: oci://%s/fluxcd/flux-manifests
                      ref:
                        tag: v2.3.0   # kept by the bootstrap
                    """.formatted(host);
            Files.writeString(repo.resolve("flux.yaml"), flux);
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
            Report.DeclarationEntry manifests = report.declarations().get(0);
            assertEquals("flux-ocirepository", manifests.kind());
            assertEquals(host + "/fluxcd/flux-manifests", manifests.name());
            assertEquals("update", manifests.status(), String.valueOf(manifests.reason()));
            Report.ProposalEntry proposal = report.proposals().get(0);
            assertEquals("v2.3.1", proposal.changes().get(0).to(), "the newest stable tag of the same form");
            assertEquals(null, proposal.editFailure());
            String patch = plan.patchByBranch().get(proposal.branch());
            assertTrue(patch.contains("-    tag: v2.3.0   # kept by the bootstrap\n+    tag: v2.3.1   # kept by the bootstrap\n"), patch);
            assertEquals(1, patch.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count(), patch);
        }
    }
}
