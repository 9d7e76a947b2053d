package io.kubesteward.addons;

import java.util.List;

/**
 * The repository declares one version and the cluster runs another: of chart or image {@code name}
 * ({@code kind} {@code chart} or {@code image}), {@code declared} at {@code declaredIn} (file:line),
 * {@code running} as {@code runningIn} shows (the cluster objects that say so). {@code detail} is what
 * the GitOps tool says about it (a failed upgrade, an out-of-sync application), or null.
 */
public record DriftEntry(String name, String kind, String declared, List<String> declaredIn, String running, List<String> runningIn,
                         String detail) {
    public DriftEntry {
        declaredIn = List.copyOf(declaredIn);
        runningIn = List.copyOf(runningIn);
    }
}
