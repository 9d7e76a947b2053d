package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.SourceUrls;
import io.kubesteward.declarations.yaml.YamlScalar;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;

/**
 * A HelmRelease's {@code spec.chartRef}: the chart and its version live on the referenced
 * OCIRepository, so the declaration is in the OCIRepository's file.
 */
final class ChartRefLinker {
    private final SourceIndex<OciRepositoryObject> ociRepositories;
    private final KustomizeNamespaces namespaces;
    private final java.util.Set<OciRepositoryObject> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    ChartRefLinker(SourceIndex<OciRepositoryObject> ociRepositories, KustomizeNamespaces namespaces) {
        this.ociRepositories = ociRepositories;
        this.namespaces = namespaces;
    }

    ExtractedDeclaration link(HelmReleaseObject release) {
        ObjectRef ref = release.chartRef();
        if (!"OCIRepository".equals(ref.kind())) {
            return onRelease(release, Resolution.skip(Code.UNSUPPORTED_SOURCE, ref.kind() == null
                    ? "spec.chartRef has no kind"
                    : "chartRef points at a " + ref.kind() + "; only OCIRepository chart references are read"));
        }
        if (Templating.isTemplated(ref.name()) || Templating.isTemplated(ref.namespace())) {
            return onRelease(release, ChartSpecLinker.templated("chartRef", ref.name()));
        }
        String namespace = ref.namespace() != null ? ref.namespace() : namespaces.namespaceOf(release.meta());
        SourceLookup<OciRepositoryObject> lookup =
                ociRepositories.find(ref.name(), namespace, ref.namespace() != null, release.meta().file());
        if (lookup.found() == null) {
            return onRelease(release, Resolution.skip(Code.UNKNOWN_REPOSITORY, lookup.failure()));
        }
        used.add(lookup.found());
        return onRepository(lookup.found());
    }

    /** Whether a HelmRelease takes its chart from {@code repository} (of those linked so far). */
    boolean chartSource(OciRepositoryObject repository) {
        return used.contains(repository);
    }

    private static ExtractedDeclaration onRelease(HelmReleaseObject release, Resolution resolution) {
        return ExtractedDeclaration.at(release.meta().offset(), resolution.declare(
                release.meta().file(), DeclarationKind.FLUX_HELM_RELEASE, release.chartRef().name(), null));
    }

    private static ExtractedDeclaration onRepository(OciRepositoryObject repository) {
        String url = repository.url() == null ? "" : SourceUrls.withoutTrailingSlash(repository.url().trim());
        String chart = url.substring(url.lastIndexOf('/') + 1);
        // semver wins over tag in Flux, as digest wins over both
        YamlScalar version = repository.semver() != null ? repository.semver() : repository.tag();
        Resolution resolution = resolve(repository, url, chart, version);
        String name = chart.isEmpty() ? repository.meta().name() : chart;
        return ExtractedDeclaration.at(repository.meta().offset(), resolution.declare(
                repository.meta().file(), DeclarationKind.FLUX_HELM_RELEASE, name, version));
    }

    private static Resolution resolve(OciRepositoryObject repository, String url, String chart, YamlScalar version) {
        String where = "OCIRepository '" + repository.meta().name() + "'";
        if (url.isEmpty()) {
            return Resolution.skip(Code.UNKNOWN_REPOSITORY, where + " has no spec.url");
        }
        if (Templating.isTemplated(url)) {
            return ChartSpecLinker.templated("url of " + where, url);
        }
        if (!url.startsWith("oci://") || url.lastIndexOf('/') < "oci://".length()) {
            return Resolution.skip(Code.UNSUPPORTED_SOURCE, where + " has url '" + url + "', not oci://host/path/chart");
        }
        if (repository.digest() != null) {
            return Resolution.skip(Code.UNSUPPORTED_SOURCE, where + " pins the chart by spec.ref.digest, which Flux"
                    + " prefers over a tag or semver; digests are not updated");
        }
        if (version == null || version.value().isBlank()) {
            return Resolution.skip(Code.MISSING_VERSION, where + " has no spec.ref.tag or spec.ref.semver, so Flux follows the latest tag");
        }
        if (Templating.isTemplated(version.value())) {
            return ChartSpecLinker.templated("version", version.value());
        }
        return Resolution.of(new PackageRef(SourceKind.OCI_CHART, url.substring(0, url.lastIndexOf('/')), chart));
    }
}
