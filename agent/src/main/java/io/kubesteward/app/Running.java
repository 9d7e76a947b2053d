package io.kubesteward.app;

import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.ConfigFiles;
import io.kubesteward.config.GitConfig;
import io.kubesteward.config.StewardConfig;
import io.kubesteward.forge.Forge;
import io.kubesteward.forge.registry.Forges;
import io.kubesteward.gitops.RepositoryUnreadable;
import io.kubesteward.gitops.Workspace;
import io.kubesteward.gitops.WorkspaceFailure;
import io.kubesteward.gitops.WorkspaceSettings;
import io.kubesteward.gitops.jgit.JGitWorkspace;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.pipeline.Delivery;
import io.kubesteward.pipeline.DeliveryPipeline;
import io.kubesteward.pipeline.DeliveryRequest;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;

/** {@code steward run}: workspace, plan, delivery; the temporary clone is removed afterwards. */
final class Running {
    private final Clock clock;
    private final Progress progress;

    Running(Clock clock, Progress progress) {
        this.clock = clock;
        this.progress = progress;
    }

    Report run(RunOptions options, BooleanSupplier stopping) throws ConfigError, RepositoryUnreadable, ClusterUnavailable {
        ConfigFiles files = LoadedConfig.files();
        String repoUrl = RepoArgument.cloneUrl(options.repo());
        StewardConfig outer = LoadedConfig.load(files, null, options.rules(), options.config()).withOverrides(repoUrl, options.forge());
        GitConfig git = outer.git();
        if (git.url() == null) {
            throw new ConfigError(options.config() == null ? "command line" : options.config().toString(), 0, 0,
                    "steward run needs the repository: --repo URL|DIR, or git.url in the config file");
        }
        Secrets secrets = new Secrets(System.getenv());
        // checked before the clone, so a bad forge setting costs no clone and no plan
        ForgeSettingsFactory.from(outer.forge(), secrets);
        Windows.policy(outer.maintenanceWindows());
        Path workDir = git.workDir() != null ? Path.of(git.workDir()) : temporaryWorkDir();
        WorkspaceSettings settings;
        try {
            settings = GitAccess.settings(git, secrets, workDir);
            if (options.cluster().snapshot() != null || options.cluster().live() || outer.cluster() != null) {
                // rightsizing reads what was merged before (the cooldown, earlier OOM raises): the base branch with its recent history
                settings = settings.withHistorySince(clock.instant().minus(io.kubesteward.gitops.jgit.RightsizingHistory.WINDOW));
            }
        } catch (IllegalArgumentException | ConfigError e) {
            if (git.workDir() == null) {
                TempFiles.deleteTree(workDir);
            }
            throw e instanceof ConfigError c ? c : new ConfigError("configuration", 0, 0, "git: " + e.getMessage());
        }
        progress.step("cloning or fetching " + git.url());
        try (Workspace workspace = JGitWorkspace.open(settings, clock);
             HttpCaller http = new HttpCaller(HttpSettingsFactory.from(outer.http()), clock)) {
            StewardConfig config = LoadedConfig.load(files, workspace.root(), options.rules(), options.config()).withOverrides(repoUrl, options.forge());
            Planned planned = Planning.run(workspace.root(), options.rules(), config, options.cluster(), clock, progress);
            if (!options.deliver()) {
                return planned.report();
            }
            Forge forge = Forges.open(ForgeSettingsFactory.from(config.forge(), secrets), http);
            DeliveryRequest.Gates gates = new DeliveryRequest.Gates(Windows.closedNow(config.maintenanceWindows(), clock), stopping);
            List<Delivery> done = new DeliveryPipeline(progress).run(DeliveryRequests.of(planned, config, workspace, forge, gates));
            return planned.report().withDeliveries(done.stream()
                    .map(d -> new Report.DeliveryEntry(d.branch(), d.action().id(), d.pullRequestUrl(), d.detail())).toList());
        } catch (WorkspaceFailure e) {
            throw new RepositoryUnreadable(e.getMessage());
        } finally {
            if (git.workDir() == null) {
                TempFiles.deleteTree(workDir);
            }
        }
    }

    private static Path temporaryWorkDir() throws RepositoryUnreadable {
        try {
            return Files.createTempDirectory("steward-work-");
        } catch (IOException e) {
            throw new RepositoryUnreadable("cannot create a work directory for the clone in " + System.getProperty("java.io.tmpdir")
                    + ": " + e.getMessage() + " (set git.workDir to a writable folder)");
        }
    }
}
