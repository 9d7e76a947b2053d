package io.kubesteward.cli;

import io.kubesteward.app.SnapshotOptions;
import io.kubesteward.app.StewardApp;
import io.kubesteward.cluster.ClusterUnavailable;
import io.kubesteward.model.ClusterInventory;
import io.kubesteward.model.UnreadableResource;
import io.kubesteward.pipeline.Progress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "snapshot", mixinStandardHelpOptions = true, description = {
    "Read the live cluster (read-only) and write what Steward sees as a snapshot directory, for plan and run --cluster DIR.",
    "No Secret data is written; Helm release metadata (chart and version) only with --helm-release-secrets."})
final class SnapshotCommand implements Callable<Integer> {
    @ParentCommand
    private StewardCommand root;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The snapshot directory: new, empty, or a previous snapshot (replaced whole).")
    private Path out;

    @Option(names = "--context", paramLabel = "NAME", description = "The kubeconfig context (default: its current context).")
    private String context;

    @Option(names = "--kubeconfig", paramLabel = "FILE",
            description = "The kubeconfig (default: KUBECONFIG, ~/.kube/config, else the in-cluster service account).")
    private Path kubeconfig;

    @Option(names = {"-n", "--namespace"}, paramLabel = "NS", description = "Read only this namespace (repeat for more; default: all).")
    private List<String> namespaces = new ArrayList<>();

    @Option(names = "--exclude-namespace", paramLabel = "NS", description = "Leave this namespace out (repeat for more).")
    private List<String> excludeNamespaces = new ArrayList<>();

    @Option(names = "--helm-release-secrets",
            description = "Also read Helm release Secrets for their chart metadata (values are never kept, but reading needs access to Secrets).")
    private boolean helmReleaseSecrets;

    @Override
    public Integer call() {
        Terminal terminal = root.terminal();
        Progress progress = terminal.progress() ? message -> terminal.err().println("· " + message) : Progress.SILENT;
        try {
            ClusterInventory inventory = new StewardApp(WallClock.UTC, progress).snapshot(
                    new SnapshotOptions(out, kubeconfig, context, namespaces, excludeNamespaces, helmReleaseSecrets));
            summary(inventory, terminal.out());
            terminal.out().flush();
            return ExitCodes.OK;
        } catch (ClusterUnavailable e) {
            return Failures.report(terminal, root.stacktrace(), e, e.getMessage(), ExitCodes.SYSTEMIC);
        } catch (IOException e) {
            return Failures.report(terminal, root.stacktrace(), e, "cannot write the snapshot to " + out + ": " + e.getMessage(),
                    ExitCodes.SYSTEMIC);
        }
    }

    private void summary(ClusterInventory inventory, PrintWriter out) {
        String context = inventory.origin() == null ? "the cluster" : "context " + inventory.origin().context();
        out.println("wrote a snapshot of " + context + " to " + this.out + ": " + inventory.namespaces().size() + " namespace(s), "
                + inventory.workloads().size() + " workload(s), " + inventory.vpas().size() + " VPA(s), "
                + inventory.fluxHelmReleases().size() + " Flux HelmRelease(s), " + inventory.argoApplications().size()
                + " Argo CD Application(s), " + inventory.helmReleases().size() + " Helm release(s)");
        for (UnreadableResource u : inventory.unreadable()) {
            out.println("  not read: " + u.kind() + (u.namespace() == null ? "" : " in " + u.namespace()) + " (" + u.reason().id() + "): "
                    + u.message());
        }
    }
}
