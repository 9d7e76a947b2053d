package io.kubesteward.app;

import io.kubesteward.cluster.ClusterConnection;
import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.cluster.ReadOptions;
import io.kubesteward.cluster.fabric8.Fabric8ClusterReader;
import io.kubesteward.cluster.snapshot.SnapshotWriter;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.StewardConfig;
import io.kubesteward.gitops.RepositoryUnreadable;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.pipeline.Progress;
import io.kubesteward.report.Report;
import io.kubesteward.yamledit.UnifiedDiff;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** The composition root: real adapters from configuration, handed to the pipeline. */
public final class StewardApp {
    private final Clock clock;
    private final Progress progress;

    public StewardApp(Clock clock, Progress progress) {
        this.clock = clock;
        this.progress = progress;
    }

    /** Loads and checks every configuration layer; throws on the first error. */
    public StewardConfig validate(PlanOptions options) throws ConfigError {
        return load(options);
    }

    /** As {@link #validate}, and {@code --repo} must be a folder: {@code plan} reports a missing one as a repository it cannot read. */
    public StewardConfig validateAll(PlanOptions options) throws ConfigError {
        java.util.List<ConfigError> errors = new java.util.ArrayList<>();
        if (options.repo() != null && !java.nio.file.Files.isDirectory(options.repo())) {
            errors.add(new ConfigError("--repo", 0, 0, options.repo() + " is not a folder; give the repository's checkout"));
        }
        StewardConfig loaded = null;
        try {
            loaded = load(options);
        } catch (ConfigError e) {
            errors.add(e);
        }
        ConfigError.throwIfAny(errors);
        return loaded;
    }

    /**
     * {@code validate --reachable}: the repository a run would clone ({@code git.url}, else the
     * origin of {@code --repo}) answers with its base branch, reached as the run would reach it.
     *
     * @return what was reached, in words; empty when there is no remote repository to reach
     * @throws RepositoryUnreadable saying why it cannot be reached
     */
    public java.util.Optional<String> reachable(PlanOptions options, StewardConfig loaded) throws ConfigError, RepositoryUnreadable {
        String url = loaded.git().url() != null ? loaded.git().url()
                : options.repo() == null ? null : RepoArgument.cloneUrl(options.repo().toString());
        if (url == null) {
            return java.util.Optional.empty();
        }
        io.kubesteward.config.GitConfig git = loaded.withOverrides(url, null).git();
        progress.step("asking " + url + " for its branches");
        try {
            return java.util.Optional.of(url + ": " + io.kubesteward.gitops.jgit.RemoteProbe.baseBranch(
                    GitAccess.settings(git, new Secrets(System.getenv()), java.nio.file.Path.of("."))));
        } catch (io.kubesteward.gitops.WorkspaceFailure e) {
            throw new RepositoryUnreadable(e.getMessage());
        }
    }

    private StewardConfig load(PlanOptions options) throws ConfigError {
        return LoadedConfig.load(LoadedConfig.files(), options.repo(), options.rules(), options.config());
    }

    public Report plan(PlanOptions options) throws ConfigError, RepositoryUnreadable, ClusterUnavailable {
        return planWithPatches(options).report();
    }

    /**
     * The plan, with each proposal's edit made, confirmed and kept as a patch. The cluster is read
     * when the options or the config's {@code cluster:} ask for it; one that cannot be read at all
     * ends the plan.
     */
    public PlanOutcome planWithPatches(PlanOptions options) throws ConfigError, RepositoryUnreadable, ClusterUnavailable {
        Planned planned = Planning.run(options.repo(), options.rules(), validate(options), options.cluster(), clock, progress);
        Map<String, String> patches = new HashMap<>();
        planned.result().edits().forEach((branch, edited) -> {
            if (edited.ok()) {
                patches.put(branch, UnifiedDiff.between(planned.contents().files(), edited.changed()) + archives(options.repo(), edited));
            }
        });
        return new PlanOutcome(planned.report(), patches);
    }

    /** The vendored archives a proposal swaps, as binary patches against the files in {@code repo}. */
    private static String archives(java.nio.file.Path repo, io.kubesteward.pipeline.ProposalEdits.Edited edited) {
        StringBuilder out = new StringBuilder();
        for (io.kubesteward.pipeline.ProposalEdits.ArchiveFile file : edited.archives()) {
            byte[] before;
            try {
                before = new io.kubesteward.gitops.LocalRepository(repo).archive(file.path(), io.kubesteward.render.ArchiveLimits.HELM.maxCompressedBytes()).orElse(null);
            } catch (java.io.IOException e) {
                // text before a diff is ignored by git apply: the patch says what it leaves out
                out.append("# ").append(file.path()).append(" could not be read (").append(e.getMessage()).append("): not in this patch\n");
                continue;
            }
            out.append(io.kubesteward.yamledit.BinaryDiff.ofFile(file.path(), before, file.bytes()));
        }
        return out.toString();
    }

    /**
     * {@code steward run}: clone or fetch the repository named in {@code git.url}, plan on its base
     * branch (with its own {@code .steward/} rules), then push a branch and open or update a pull
     * request per proposal.
     */
    public Report run(RunOptions options) throws ConfigError, RepositoryUnreadable, ClusterUnavailable {
        return run(options, () -> false);
    }

    /** {@code stopping} turns true on SIGTERM: the run finishes its current proposal and delivers no more. */
    public Report run(RunOptions options, BooleanSupplier stopping) throws ConfigError, RepositoryUnreadable, ClusterUnavailable {
        return new Running(clock, progress).run(options, stopping);
    }

    /** {@code steward snapshot}: reads the live cluster and writes it as a snapshot directory; returns what was read. */
    public ClusterInventory snapshot(SnapshotOptions options) throws ClusterUnavailable, IOException {
        ReadOptions read = new ReadOptions(options.namespaces(), options.excludeNamespaces(), options.helmReleaseSecrets());
        progress.step("reading the cluster" + (options.context() == null ? "" : " (context " + options.context() + ")"));
        ClusterInventory inventory;
        try (Fabric8ClusterReader reader = Fabric8ClusterReader.connect(new ClusterConnection(options.kubeconfig(), options.context()), clock)) {
            inventory = reader.read(read);
        }
        progress.step("writing the snapshot to " + options.out());
        new SnapshotWriter().write(inventory, options.out());
        return inventory;
    }
}
