package io.kubesteward.analysis;

import java.util.ArrayList;
import java.util.List;

/** Runs every check on one chart upgrade. Pure: both archives and the repository's values are given. */
public final class ImpactAnalysis {
    private ImpactAnalysis() {
    }

    private static String compared(ImpactInput in, ChartFiles to) {
        int set = in.values().effective().size();
        return "the archives of " + in.chart() + " " + in.fromVersion() + " and " + in.toVersion() + ": values.yaml against the "
                + set + (set == 1 ? " value" : " values") + " the repository sets"
                + (to.text("values.schema.json").isPresent() ? ", values.schema.json" : "") + ", crds/, Chart.yaml"
                + (in.renders() == null ? "" : "; both rendered with those values for Kubernetes " + in.renders().kubeVersion() + " ("
                + in.renders().kubeSource() + "; hooks are not rendered and .Capabilities.APIVersions holds only the built-in APIs)");
    }

    public static Impact analyse(ImpactInput in) {
        ChartFiles from = new ChartFiles(in.from());
        ChartFiles to = new ChartFiles(in.to());
        List<String> notRead = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        findings.addAll(ValuesSchemaCheck.check(to, in.values(), in.toVersion(), notRead));
        findings.addAll(RemovedValues.check(from, to, in.values(), in.fromVersion(), in.toVersion()));
        findings.addAll(CrdChanges.check(from, to, in));
        findings.addAll(ChartMetadataChanges.check(from, to, in.toVersion()));
        findings.addAll(RenderChecks.check(in, notRead));
        notRead.addAll(from.unreadable());
        notRead.addAll(to.unreadable());
        in.values().unresolved().forEach(u -> notRead.add("values: " + u));
        return new Impact(findings, notRead, compared(in, to));
    }
}
