package io.kubesteward.gitops;

import io.kubesteward.gitops.jgit.JGitWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Settings and content the workspace tests share. */
final class Workspaces {
    static final GitIdentity STEWARD = new GitIdentity("Steward", "steward@kubesteward.io");
    static final GitIdentity BOT = new GitIdentity("steward-bot", "bot@kubesteward.io");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
    static final String RELEASE = "apps/podinfo/release.yaml";
    static final Map<String, String> SEED = Map.of(RELEASE, "chart: podinfo\nversion: 6.0.0\n", "README.md", "GitOps\n");

    private Workspaces() {
    }

    static WorkspaceSettings settings(String url, Path workDir) {
        return new WorkspaceSettings(url, "main", workDir, null, STEWARD, BOT, true, null, Duration.ofSeconds(20));
    }

    static JGitWorkspace open(String url, Path workDir) throws WorkspaceFailure {
        return JGitWorkspace.open(settings(url, workDir), CLOCK);
    }

    static List<FileContent> bump(String version) {
        return List.of(new FileContent(RELEASE, "chart: podinfo\nversion: " + version + "\n"));
    }
}
