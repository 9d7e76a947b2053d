package io.kubesteward.declarations.flux;

import io.kubesteward.declarations.ExtractedDeclaration;
import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.SourceUrls;
import io.kubesteward.model.DeclarationKind;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;

/**
 * A GitRepository pinned to a tag ({@code spec.ref.tag}): the repository's tags are its releases,
 * and the tag is edited in place. Flux reads {@code commit}, then {@code name}, then {@code semver},
 * then {@code tag}: whichever comes first decides, so a tag behind one of them is skipped with that reason.
 */
final class GitTagLinker {
    private GitTagLinker() {
    }

    static ExtractedDeclaration link(GitRepositoryObject repository) {
        String url = repository.url() == null ? "" : SourceUrls.withoutTrailingSlash(repository.url().trim());
        String where = "GitRepository '" + repository.meta().name() + "'";
        int slash = url.lastIndexOf('/');
        Resolution resolution;
        if (url.isEmpty()) {
            resolution = Resolution.skip(Code.UNKNOWN_REPOSITORY, where + " has no spec.url");
        } else if (Templating.isTemplated(url)) {
            resolution = ChartSpecLinker.templated("url of " + where, url);
        } else if (slash <= 0 || slash == url.length() - 1) {
            resolution = Resolution.skip(Code.UNSUPPORTED_SOURCE, where + " has url '" + url + "', not a repository URL");
        } else if (repository.commit() != null) {
            resolution = Resolution.skip(Code.PINNED_DIGEST, where + " pins the commit spec.ref.commit, which Flux prefers over a tag");
        } else if (repository.name() != null) {
            resolution = Resolution.skip(Code.UNSUPPORTED_SOURCE, where + " follows the reference spec.ref.name '" + repository.name()
                    + "', which Flux prefers over a tag");
        } else if (repository.semver() != null) {
            resolution = Resolution.skip(Code.UNSUPPORTED_SOURCE, where + " follows the range spec.ref.semver '"
                    + repository.semver().value() + "': Flux picks the newest matching tag itself");
        } else if (repository.tag().value().isBlank()) {
            resolution = Resolution.skip(Code.MISSING_VERSION, where + " has an empty spec.ref.tag");
        } else if (Templating.isTemplated(repository.tag().value())) {
            resolution = ChartSpecLinker.templated("spec.ref.tag", repository.tag().value());
        } else {
            resolution = Resolution.of(new PackageRef(SourceKind.GIT_TAGS, url.substring(0, slash), url.substring(slash + 1)));
        }
        return ExtractedDeclaration.at(repository.meta().offset(), resolution.declare(
                repository.meta().file(), DeclarationKind.FLUX_GIT_REPOSITORY, repository.meta().name(), repository.tag()));
    }
}
