package io.kubesteward.declarations.helm;

import io.kubesteward.declarations.Resolution;
import io.kubesteward.declarations.SourceUrls;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason.Code;
import io.kubesteward.model.SourceKind;

/** Reads the {@code repository} of a Chart.yaml dependency as Helm does. */
final class ChartRepositories {
    private ChartRepositories() {
    }

    static Resolution resolve(String repository, String chart) {
        if (repository == null || repository.isBlank()) {
            return Resolution.skip(Code.UNKNOWN_REPOSITORY, "dependency '" + chart + "' has no repository");
        }
        String repo = repository.trim();
        if (repo.startsWith("file://")) {
            return Resolution.skip(Code.LOCAL_CHART, "chart comes from the local path " + repo.substring("file://".length()));
        }
        if (repo.startsWith("https://") || repo.startsWith("http://")) {
            return Resolution.of(new PackageRef(SourceKind.HELM_REPOSITORY, SourceUrls.withoutTrailingSlash(repo), chart));
        }
        if (repo.startsWith("oci://")) {
            return Resolution.of(new PackageRef(SourceKind.OCI_CHART, SourceUrls.withoutTrailingSlash(repo), chart));
        }
        // "@name" and "alias:name" both name a repository added with `helm repo add name URL`
        if (repo.startsWith("@") && repo.length() > 1) {
            return Resolution.of(new PackageRef(SourceKind.HELM_REPOSITORY, repo, chart));
        }
        if (repo.startsWith("alias:") && repo.length() > "alias:".length()) {
            return Resolution.of(new PackageRef(SourceKind.HELM_REPOSITORY, "@" + repo.substring("alias:".length()), chart));
        }
        return Resolution.skip(Code.UNKNOWN_REPOSITORY,
                "repository '" + repo + "' is neither an http(s):// or oci:// URL nor an @alias");
    }
}
