package io.kubesteward.planning;

import io.kubesteward.model.Release;
import io.kubesteward.model.ServerVersion;
import io.kubesteward.versioning.VersionScheme;
import io.kubesteward.versioning.VersionSchemes;

/**
 * The Kubernetes version a chart must install on, written as Helm sees it (the API server's
 * {@code gitVersion}, provider suffix and all: {@code v1.24.3-gke.100}), and where Steward learnt it.
 * Helm refuses a chart whose {@code kubeVersion} constraint this version does not satisfy, with the
 * same rules as its other constraints: a suffixed version is a pre-release and matches only
 * constraints that admit pre-releases ({@code >=1.22.0-0}). Pure.
 */
public record KubernetesTarget(String version, String source) {
    private static final VersionScheme HELM = VersionSchemes.helm();

    public KubernetesTarget {
        if (version == null || !HELM.isValid(version.trim())) {
            throw new IllegalArgumentException("'" + version + "' is not a Kubernetes version such as 1.29.4 or v1.29.4-eks-036c24b");
        }
        version = version.trim();
    }

    /** From the API server's answer to {@code GET /version}; null when it did not give one Steward can read. */
    public static KubernetesTarget of(ServerVersion server, String source) {
        if (server == null) {
            return null;
        }
        String text = server.gitVersion();
        if (text == null || !HELM.isValid(text.trim())) {
            String major = digits(server.major());
            String minor = digits(server.minor());
            if (major.isEmpty() || minor.isEmpty()) {
                return null;
            }
            text = major + "." + minor + ".0";
        }
        return new KubernetesTarget(text, source);
    }

    /** Why Helm would refuse to install {@code release} here, in words; null when it would not, or when the chart sets no constraint. */
    String refusal(Release release) {
        String constraint = release.kubeVersion() == null ? "" : release.kubeVersion().trim();
        if (constraint.isEmpty()) {
            return null;
        }
        if (!HELM.isValidConstraint(constraint)) {
            return release.version() + " has the kubeVersion '" + constraint + "', which is not a constraint Helm can read,"
                    + " so Helm refuses to install it (ask the chart's maintainers)";
        }
        if (HELM.satisfies(version, constraint)) {
            return null;
        }
        String plain = version.replaceFirst("^v", "").replaceFirst("[-+].*$", "");
        if (!plain.equals(version.replaceFirst("^v", "")) && HELM.satisfies(plain, constraint)) {
            return release.version() + " would be refused by Helm on " + source + " (" + version + "): its kubeVersion '" + constraint
                    + "' admits " + plain + " but not the provider's suffix, which Helm reads as a pre-release; the chart needs '-0'"
                    + " in its constraint (ask its maintainers)";
        }
        return release.version() + " needs Kubernetes " + constraint + " (its kubeVersion) and " + source + " runs " + version
                + "; upgrade the cluster first";
    }

    private static String digits(String text) {
        return text == null ? "" : text.replaceAll("\\D", "");
    }
}
