package io.kubesteward.analysis;

import io.kubesteward.model.ApiRemoval;
import java.util.List;

/**
 * Both versions rendered for the same release and cluster ({@link Target}), the API removals the renders are checked
 * against, and what the renders left out: {@code leftOut} in words, {@code dropped} the names of the dependency
 * charts an archive declares without bundling them (the render went on without them).
 */
public record Renders(Rendered from, Rendered to, Target target, List<ApiRemoval> removals, List<String> leftOut, List<String> dropped) {
    public Renders {
        removals = List.copyOf(removals);
        leftOut = List.copyOf(leftOut);
        dropped = List.copyOf(dropped);
    }

    /**
     * What the charts were rendered for: the Kubernetes version, where Steward learnt it ({@code assumed} when it is
     * Steward's default, not the cluster's or the user's), the release's name and the namespace Helm puts its objects in
     * (null when the repository does not say).
     */
    public record Target(String kubeVersion, String kubeSource, boolean assumed, String release, String namespace, String storedRelease) {
        /** {@code storedRelease}: how {@code helm} names the release Helm stores ({@code web --namespace apps}), null when none is stored. */
        public Target(String kubeVersion, String kubeSource, boolean assumed, String release, String namespace) {
            this(kubeVersion, kubeSource, assumed, release, namespace, release + (namespace == null ? "" : " --namespace " + namespace));
        }
    }

    public String kubeVersion() {
        return target.kubeVersion();
    }

    public String kubeSource() {
        return target.kubeSource();
    }
}
