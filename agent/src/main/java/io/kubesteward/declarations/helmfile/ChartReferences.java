package io.kubesteward.declarations.helmfile;

import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.SourceUrls;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;

/** Reads a release's {@code chart} as helmfile does: {@code repo/name}, {@code oci://…}, a local path or a URL. */
final class ChartReferences {
    private ChartReferences() {
    }

    /** The chart's name without the repository prefix, as declarations are named. */
    static String nameOf(String chart) {
        if (isLocal(chart) || (chart.contains("://") && !chart.startsWith("oci://"))) {
            return chart;
        }
        String trimmed = SourceUrls.withoutTrailingSlash(chart);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Where the chart comes from; {@code evaluator} evaluates a repository's templated url. */
    static Resolution resolve(String chart, HelmfileContext context, TemplateEvaluator evaluator) {
        if (isLocal(chart)) {
            return Resolution.skip(Code.LOCAL_CHART, "chart comes from the local path " + chart);
        }
        if (chart.startsWith("oci://")) {
            String url = SourceUrls.withoutTrailingSlash(chart);
            int slash = url.lastIndexOf('/');
            return slash > "oci://".length()
                    ? Resolution.of(new PackageRef(SourceKind.OCI_CHART, url.substring(0, slash), url.substring(slash + 1)))
                    : Resolution.skip(Code.UNSUPPORTED_SOURCE, "chart '" + chart + "' is not oci://host/path/chart");
        }
        if (chart.contains("://")) {
            return Resolution.skip(Code.UNSUPPORTED_SOURCE, "chart is the URL " + chart + "; only charts from a repository are versioned");
        }
        int slash = chart.indexOf('/');
        if (slash < 0) {
            return Resolution.skip(Code.LOCAL_CHART, "chart '" + chart + "' names no repository (repo/chart), so helmfile reads it as a local folder");
        }
        String repositoryName = chart.substring(0, slash);
        HelmfileContext.SourcedRepository repository = context.repository(repositoryName);
        if (repository == null) {
            return Resolution.skip(Code.UNKNOWN_REPOSITORY, "no repository named '" + repositoryName + "' in this helmfile or its bases;"
                    + " without one helmfile reads '" + chart + "' as a local folder");
        }
        return inRepository(repository, chart.substring(slash + 1), evaluator);
    }

    private static Resolution inRepository(HelmfileContext.SourcedRepository sourced, String chart, TemplateEvaluator evaluator) {
        HelmfileState.Repository repository = sourced.repository();
        String where = "repository '" + repository.name() + "' (" + sourced.source().path() + ")";
        if (repository.url() == null) {
            return Resolution.skip(Code.UNKNOWN_REPOSITORY, where + " has no url");
        }
        EvaluatedValue url = evaluator.evaluate(sourced.source(), repository.url(), "the url of " + where);
        if (url.skipped()) {
            return url.skip();
        }
        String trimmed = SourceUrls.withoutTrailingSlash(url.value().value().trim());
        if (repository.oci() || trimmed.startsWith("oci://")) {
            String registry = trimmed.startsWith("oci://") ? trimmed : "oci://" + trimmed;
            return Resolution.of(new PackageRef(SourceKind.OCI_CHART, registry, chart));
        }
        if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
            return Resolution.of(new PackageRef(SourceKind.HELM_REPOSITORY, trimmed, chart));
        }
        return Resolution.skip(Code.UNSUPPORTED_SOURCE, where + " has url '" + trimmed
                + "', neither an http(s):// chart repository nor an OCI registry (oci: true)");
    }

    private static boolean isLocal(String chart) {
        return chart.startsWith("./") || chart.startsWith("../") || chart.startsWith("/") || chart.equals(".");
    }
}
