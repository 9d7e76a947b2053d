package io.kubesteward.acceptance;

import io.kubesteward.acceptance.RenovateReference.Dependency;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where Steward differs from Renovate by design, with the reason for each. Kept small on purpose:
 * the acceptance test fails when an entry no longer matches anything, so it cannot go stale.
 */
final class KnownDifferences {
    private KnownDifferences() {
    }

    /** Renovate's datasources that are charts or images: the dependencies Steward must find. */
    static final List<String> CHARTS_AND_IMAGES = List.of("helm", "docker");

    /** Renovate's other datasources, and why they are not compared. */
    static final Map<String, String> NOT_COMPARED = Map.of(
            "kubernetes-api", "apiVersion moves of Kubernetes objects; the issue leaves them out",
            "git-tags", "Git sources (an Argo CD Application's repoURL and targetRevision): a Git ref, neither chart nor image",
            "github-tags", "Git refs of kustomize remote bases (not read yet); Flux GitRepository tags are compared by their own test",
            "", "a Flux GitRepository without a ref: nothing versioned");

    /** A dependency of Renovate's that Steward does not list, on purpose. {@code depName} null matches any name. */
    record Difference(String corpus, Pattern file, String depName, String reason) {
        boolean covers(String inCorpus, Dependency dependency) {
            return corpus.equals(inCorpus) && file.matcher(dependency.file()).matches()
                    && (depName == null || depName.equals(dependency.depName()));
        }
    }

    static final List<Difference> NOT_LISTED = List.of(
            new Difference("flux-home-ops-local", Pattern.compile("kubernetes/main/bootstrap/talos/assets/k8s-\\d+\\.secret\\.sops\\.yaml"),
                    null, "Talos machine configurations encrypted with SOPS: no Kubernetes objects, and SOPS authenticates every"
                    + " value, so any edit breaks decryption; Steward leaves SOPS files alone. Renovate reads their image: lines"
                    + " but no version either (each tag is a ${VAR} substitution)."),
            new Difference("flux-home-ops-local",
                    Pattern.compile("kubernetes/(main|storage)/apps/observability/kube-prometheus-stack/app/helmrelease\\.yaml"), "",
                    "Renovate's flux manager reports the values image quay.io/thanos/thanos:${THANOS_VERSION} a second time,"
                    + " with no name; Steward reads that value once, matched with Renovate's kubernetes row for it."));
}
