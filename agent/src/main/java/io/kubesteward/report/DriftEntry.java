package io.kubesteward.report;

import java.util.List;

/**
 * The repository declares one version and the cluster runs another (docs/report-schema.md, "Drift"):
 * {@code kind} is {@code chart} or {@code image}; {@code declaredIn} lists file:line, {@code runningIn}
 * the cluster objects that show the running version; {@code detail} is what the GitOps tool says, or null.
 */
public record DriftEntry(String name, String kind, String declared, List<String> declaredIn, String running, List<String> runningIn,
                         String detail) {
    public DriftEntry {
        declaredIn = List.copyOf(declaredIn);
        runningIn = List.copyOf(runningIn);
    }
}
