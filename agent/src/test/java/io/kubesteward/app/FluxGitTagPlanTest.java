package io.kubesteward.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kubesteward.gitops.BareRemote;
import io.kubesteward.gitops.GitHttpServer;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.report.Report;
import io.kubesteward.report.JsonRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.transport.PreReceiveHook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Flux GitRepositories pinned to a tag, their tags listed by ls-remote over smart HTTP with basic
 * auth: the run's git token goes to the host of git.url and to no other, and never into the report.
 */
class FluxGitTagPlanTest {
    private static final String CANARY = "canary-8d2f61c4-git-token";

    @TempDir
    Path dir;

    @Test
    void aPinnedTagIsProposedWithTheRunsGitAccessAndOnlyItsValueChanges() throws Exception {
        try (BareRemote digester = BareRemote.create(dir.resolve("served/k8s-digester.git"), Map.of("README.md", "digester\n"));
             BareRemote other = BareRemote.create(dir.resolve("served/other.git"), Map.of("README.md", "other\n"));
             GitHttpServer server = GitHttpServer.start(dir.resolve("served"), "x-access-token", CANARY, PreReceiveHook.NULL)) {
            for (String tag : new String[] {"v0.1.12", "v0.1.13", "v0.1.14", "v0.2.0", "v0.3.0-rc.1", "nightly"}) {
                digester.tag(tag, "main", tag.startsWith("v0.1"));
            }
            other.tag("v1.0.0", "main", false);
            Path repo = Files.createDirectories(dir.resolve("repo/flux/repositories"));
            Files.writeString(repo.resolve("git.yaml"), """
                    apiVersion: source.toolkit.fluxcd.io/v1
                    kind: GitRepository
                    metadata:
                      name: k8s-digester
                      namespace: flux-system
                    spec:
                      interval: 30m
                      url: %s
                      ref:
                        tag: v0.1.13  # manifests only
                    ---
                    apiVersion: source.toolkit.fluxcd.io/v1
                    kind: GitRepository
                    metadata:
                      name: elsewhere
                    spec:
                      url: %s
                      ref:
                        tag: v0.9.0
                    ---
                    apiVersion: source.toolkit.fluxcd.io/v1
                    kind: GitRepository
                    metadata:
                      name: flux-system
                    spec:
                      url: %s
                      ref:
                        branch: main
                    """.formatted(server.url("k8s-digester.git"), server.url("other.git").replace("127.0.0.1", "localhost"),
                    server.url("other.git")));
            Path token = Files.writeString(dir.resolve("token"), CANARY);
            Path config = Files.writeString(dir.resolve("steward.yaml"), """
                    apiVersion: steward.io/v1alpha1
                    kind: Config
                    http: {retries: 0, allowedHosts: [127.0.0.1, localhost]}
                    git:
                      url: %s
                      username: x-access-token
                      tokenFrom: {file: %s}
                    """.formatted(server.url("gitops.git"), token));
            Clock clock = Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);
            PlanOutcome plan = new StewardApp(clock, Progress.SILENT).planWithPatches(new PlanOptions(dir.resolve("repo"), null, config,
                    ClusterChoice.NONE));
            Report report = plan.report();
            assertEquals(2, report.declarations().size(), "a branch-following GitRepository pins nothing: " + report.declarations());
            Report.DeclarationEntry pinned = report.declarations().stream().filter(d -> d.name().equals("k8s-digester")).findFirst()
                    .orElseThrow();
            assertEquals("flux-gitrepository", pinned.kind());
            assertEquals("update", pinned.status(), String.valueOf(pinned.reason()));
            assertEquals(1, report.proposals().size(), String.valueOf(report.proposals()));
            Report.ProposalEntry proposal = report.proposals().get(0);
            assertEquals("steward/git/k8s-digester", proposal.branch());
            assertEquals("v0.2.0", proposal.changes().get(0).to(), "the newest stable tag; nightly is no version, the rc no release");
            String patch = plan.patchByBranch().get(proposal.branch());
            assertTrue(patch.contains("-    tag: v0.1.13  # manifests only\n+    tag: v0.2.0  # manifests only\n"), patch);
            assertEquals(1, patch.lines().filter(l -> l.startsWith("+") && !l.startsWith("+++")).count(), patch);

            Report.DeclarationEntry elsewhere = report.declarations().stream().filter(d -> d.name().equals("elsewhere")).findFirst()
                    .orElseThrow();
            assertEquals("lookup-failed", elsewhere.status(), String.valueOf(elsewhere.reason()));
            assertTrue(elsewhere.reason().contains("Steward had no credentials for this host: git.tokenFrom is sent to the host of git.url only"),
                    elsewhere.reason());
            assertTrue(server.authorizedPaths().stream().anyMatch(path -> path.contains("/k8s-digester.git/")), "the token went to git.url's host");
            assertTrue(server.authorizedPaths().stream().noneMatch(path -> path.contains("/other.git/")),
                    "the token went to another host: " + server.authorizedPaths());
            java.io.StringWriter json = new java.io.StringWriter();
            new JsonRenderer().render(report, json);
            assertFalse(json.toString().contains(CANARY), "the token is in the report");
            assertFalse(String.join("\n", plan.patchByBranch().values()).contains(CANARY));
        }
    }
}
