package io.kubesteward.report;

import io.kubesteward.addons.AddonStatus;
import io.kubesteward.addons.ClusterFindings;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.UnreadableResource;
import java.util.List;

/** Turns what the cluster showed into the report's add-on, drift and cluster-problem entries. Pure. */
public final class ClusterEntries {
    private ClusterEntries() {
    }

    /** The report with the cluster's entries; unchanged when no cluster was read ({@code findings} null). */
    public static Report add(Report report, ClusterFindings findings) {
        if (findings == null) {
            return report;
        }
        return report.withCluster(findings.addons().stream().map(ClusterEntries::addon).toList(),
                findings.drift().stream().map(ClusterEntries::drift).toList(),
                findings.unreadable().stream().map(ClusterEntries::problem).toList());
    }

    private static AddonEntry addon(AddonStatus a) {
        List<AddonEntry.ManagedByEntry> declarations = a.declarations().stream().map(ClusterEntries::managedBy).toList();
        return new AddonEntry(a.name(), a.namespace(), a.description(), a.running().version(), a.running().from(), source(a.source()),
                a.verdict().newestAllowed(), a.verdict().newest(), a.verdict().status(), a.verdict().reason(), a.managed(), declarations,
                a.verdict().proposals(), a.advice(), a.evidence());
    }

    private static AddonEntry.ManagedByEntry managedBy(Declaration d) {
        return new AddonEntry.ManagedByEntry(d.file(), d.span() == null ? 0 : d.span().line(), d.kind().id(), d.currentValue());
    }

    private static AddonEntry.SourceEntry source(PackageRef pkg) {
        return pkg == null ? null : new AddonEntry.SourceEntry(pkg.kind().id(), pkg.repository(), pkg.name());
    }

    private static DriftEntry drift(io.kubesteward.addons.DriftEntry d) {
        return new DriftEntry(d.name(), d.kind(), d.declared(), d.declaredIn(), d.running(), d.runningIn(), d.detail());
    }

    private static ClusterProblemEntry problem(UnreadableResource u) {
        return new ClusterProblemEntry(u.kind(), u.namespace(), u.reason().id(), u.message());
    }
}
