package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.SourceUrls;
import io.kubesteward.declarations.images.ImageReference;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.SkipReason.Code;

/**
 * An OCIRepository no HelmRelease takes its chart from: an OCI artifact (Kubernetes manifests a
 * Kustomization applies, such as {@code oci://ghcr.io/fluxcd/flux-manifests}) pinned by
 * {@code spec.ref.tag}. Its tags are listed as a registry lists an image's, and compared as Docker tags.
 */
final class OciArtifactLinker {
    private OciArtifactLinker() {
    }

    static ExtractedDeclaration link(OciRepositoryObject repository) {
        String url = repository.url() == null ? "" : SourceUrls.withoutTrailingSlash(repository.url().trim());
        String where = "OCIRepository '" + repository.meta().name() + "'";
        String artifact = url.startsWith("oci://") ? url.substring("oci://".length()) : url;
        String name = artifact.isEmpty() ? repository.meta().name() : artifact;
        Resolution resolution;
        if (url.isEmpty()) {
            resolution = Resolution.skip(Code.UNKNOWN_REPOSITORY, where + " has no spec.url");
        } else if (Templating.isTemplated(url)) {
            resolution = ChartSpecLinker.templated("url of " + where, url);
        } else if (!url.startsWith("oci://") || artifact.indexOf('/') <= 0) {
            resolution = Resolution.skip(Code.UNSUPPORTED_SOURCE, where + " has url '" + url + "', not oci://host/path");
        } else if (repository.digest() != null) {
            resolution = Resolution.skip(Code.PINNED_DIGEST, where + " pins its artifact by spec.ref.digest, which Flux prefers over a tag");
        } else if (repository.semver() != null) {
            resolution = Resolution.skip(Code.UNSUPPORTED_SOURCE, where + " follows the range spec.ref.semver '" + repository.semver().value()
                    + "': Flux picks the newest matching tag itself");
        } else if (repository.tag() == null || repository.tag().value().isBlank()) {
            resolution = Resolution.skip(Code.MISSING_VERSION, where + " has no spec.ref.tag, so Flux follows the latest tag");
        } else if (Templating.isTemplated(repository.tag().value())) {
            resolution = ChartSpecLinker.templated("spec.ref.tag", repository.tag().value());
        } else {
            int slash = artifact.indexOf('/');
            resolution = Resolution.of(ImageReference.of(artifact.substring(0, slash), artifact.substring(slash + 1)));
        }
        return ExtractedDeclaration.at(repository.meta().offset(), resolution.declare(
                repository.meta().file(), DeclarationKind.FLUX_OCI_REPOSITORY, name, repository.tag()));
    }
}
