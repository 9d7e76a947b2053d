package io.kubesteward.pipeline;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SkipReason;
import java.util.List;
import java.util.Map;

/**
 * Resolves Chart.yaml's {@code repository: "@name"} through the configured repository aliases,
 * the way {@code helm repo add name url} does for Helm.
 */
final class RepositoryAliases {
    private RepositoryAliases() {
    }

    static List<Declaration> resolve(List<Declaration> declarations, Map<String, String> urlByAlias) {
        return declarations.stream().map(d -> resolve(d, urlByAlias)).toList();
    }

    private static Declaration resolve(Declaration d, Map<String, String> urlByAlias) {
        if (d.skipped() || !d.pkg().repository().startsWith("@")) {
            return d;
        }
        String alias = d.pkg().repository().substring(1);
        String url = urlByAlias.get(alias);
        if (url == null) {
            return d.withSkip(new SkipReason(SkipReason.Code.UNKNOWN_REPOSITORY,
                    "repository alias '@" + alias + "' is not configured; add it to the config's repositories with 'alias: " + alias + "'"));
        }
        return d.withPackage(new PackageRef(d.pkg().kind(), url, d.pkg().name()));
    }
}
