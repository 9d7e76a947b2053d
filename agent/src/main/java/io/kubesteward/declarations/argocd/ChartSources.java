package io.kubesteward.declarations.argocd;

import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.SourceUrls;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;

/** Reads the {@code repoURL} and {@code targetRevision} of an Argo CD Helm source as Argo CD does. */
final class ChartSources {
    private ChartSources() {
    }

    static Resolution resolve(String repoUrl, String chart, YamlScalar revision, boolean revisionNotScalar) {
        if (ArgoTemplates.isTemplated(chart)) {
            return ArgoTemplates.skip("chart", chart);
        }
        if (repoUrl == null || repoUrl.isBlank()) {
            return Resolution.skip(Code.UNKNOWN_REPOSITORY, "the source of chart '" + chart + "' has no repoURL");
        }
        if (ArgoTemplates.isTemplated(repoUrl)) {
            return ArgoTemplates.skip("repoURL", repoUrl);
        }
        if (revisionNotScalar) {
            return Resolution.skip(Code.INVALID_VERSION, "the targetRevision of chart '" + chart + "' is not a single value");
        }
        if (revision == null || revision.value().isBlank()) {
            return Resolution.skip(Code.MISSING_VERSION, "chart '" + chart + "' has no targetRevision, so Argo CD follows the latest version");
        }
        if (ArgoTemplates.isTemplated(revision.value())) {
            return ArgoTemplates.skip("targetRevision", revision.value());
        }
        return packageOf(SourceUrls.withoutTrailingSlash(repoUrl.trim()), chart);
    }

    private static Resolution packageOf(String url, String chart) {
        if (url.startsWith("https://") || url.startsWith("http://")) {
            return Resolution.of(new PackageRef(SourceKind.HELM_REPOSITORY, url, chart));
        }
        if (url.startsWith("oci://")) {
            return Resolution.of(new PackageRef(SourceKind.OCI_CHART, url, chart));
        }
        if (url.contains("://") || url.contains("@")) {
            return Resolution.skip(Code.UNSUPPORTED_SOURCE, "chart '" + chart + "' comes from '" + url
                    + "', which is neither a Helm repository (http(s)://) nor an OCI registry");
        }
        // Argo CD reads a repoURL without a scheme, given with a chart, as an OCI registry
        return Resolution.of(new PackageRef(SourceKind.OCI_CHART, "oci://" + url, chart));
    }
}
