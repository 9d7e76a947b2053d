package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.SourceUrls;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;

/** A HelmRelease's {@code spec.chart.spec}: the chart and version, looked up in the HelmRepository it names. */
final class ChartSpecLinker {
    private final SourceIndex<HelmRepositoryObject> helmRepositories;
    private final KustomizeNamespaces namespaces;

    ChartSpecLinker(SourceIndex<HelmRepositoryObject> helmRepositories, KustomizeNamespaces namespaces) {
        this.helmRepositories = helmRepositories;
        this.namespaces = namespaces;
    }

    ExtractedDeclaration link(HelmReleaseObject release) {
        ChartTemplate chart = release.chart();
        YamlScalar version = chart.version();
        Resolution resolution = resolve(release, chart);
        return ExtractedDeclaration.at(chart.chart().offset(), resolution.declare(
                release.meta().file(), DeclarationKind.FLUX_HELM_RELEASE, chart.chart().value(), version));
    }

    private Resolution resolve(HelmReleaseObject release, ChartTemplate chart) {
        ObjectRef source = chart.sourceRef();
        String kind = source.kind() == null ? "HelmRepository" : source.kind();
        if (kind.equals("GitRepository") || kind.equals("Bucket")) {
            return Resolution.skip(Code.UNSUPPORTED_SOURCE, "chart comes from a " + kind + "; not versioned by a chart repository");
        }
        if (!kind.equals("HelmRepository")) {
            return Resolution.skip(Code.UNSUPPORTED_SOURCE, "sourceRef kind '" + kind + "' is not a Flux chart source");
        }
        if (Templating.isTemplated(chart.chart().value())) {
            return templated("chart name", chart.chart().value());
        }
        if (chart.versionNotScalar()) {
            return Resolution.skip(Code.INVALID_VERSION, "spec.chart.spec.version is not a single value");
        }
        if (chart.version() == null || chart.version().value().isBlank()) {
            return Resolution.skip(Code.MISSING_VERSION, "HelmRelease '" + release.meta().name()
                    + "' has no spec.chart.spec.version, so Flux follows the latest version");
        }
        if (Templating.isTemplated(chart.version().value())) {
            return templated("version", chart.version().value());
        }
        if (source.name() == null || Templating.isTemplated(source.name()) || Templating.isTemplated(source.namespace())) {
            return source.name() == null
                    ? Resolution.skip(Code.UNKNOWN_REPOSITORY, "spec.chart.spec.sourceRef has no name")
                    : templated("sourceRef", source.name() + (source.namespace() == null ? "" : " in " + source.namespace()));
        }
        String namespace = source.namespace() != null ? source.namespace() : namespaces.namespaceOf(release.meta());
        SourceLookup<HelmRepositoryObject> lookup =
                helmRepositories.find(source.name(), namespace, source.namespace() != null, release.meta().file());
        if (lookup.found() == null) {
            return Resolution.skip(Code.UNKNOWN_REPOSITORY, lookup.failure());
        }
        return packageIn(lookup.found(), chart.chart().value());
    }

    private static Resolution packageIn(HelmRepositoryObject repository, String chart) {
        String url = repository.url();
        String where = "HelmRepository '" + repository.meta().name() + "' (" + repository.meta().file() + ")";
        if (url == null || url.isBlank()) {
            return Resolution.skip(Code.UNKNOWN_REPOSITORY, where + " has no spec.url");
        }
        if (Templating.isTemplated(url)) {
            return templated("url of " + where, url);
        }
        String trimmed = SourceUrls.withoutTrailingSlash(url.trim());
        if (trimmed.startsWith("oci://")) {
            return Resolution.of(new PackageRef(SourceKind.OCI_CHART, trimmed, chart));
        }
        if ("oci".equals(repository.type())) {
            return Resolution.skip(Code.UNSUPPORTED_SOURCE, where + " has type oci but its url '" + url + "' is not oci://");
        }
        if (trimmed.startsWith("https://") || trimmed.startsWith("http://")) {
            return Resolution.of(new PackageRef(SourceKind.HELM_REPOSITORY, trimmed, chart));
        }
        return Resolution.skip(Code.UNSUPPORTED_SOURCE, where + " has url '" + url + "', neither http(s):// nor oci://");
    }

    static Resolution templated(String what, String value) {
        return Resolution.skip(Code.TEMPLATED, what + " '" + value
                + "' uses Flux post-build substitution; its value is only known in the cluster");
    }
}
