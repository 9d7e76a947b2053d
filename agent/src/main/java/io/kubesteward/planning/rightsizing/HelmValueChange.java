package io.kubesteward.planning.rightsizing;

import io.kubesteward.model.Declaration;
import java.util.List;

/**
 * One Helm value a rightsizing proposal writes: the release's declaration, the values key and where it is written,
 * the quantity the repository's values render now ({@code current}; null when none) and the new one, and the
 * container field it feeds ({@code Deployment apps/podinfo}, {@code podinfod}, {@code requests.memory}).
 */
public record HelmValueChange(String release, Declaration declaration, HelmTrace.Key key, String current, String newText, String workload,
                              String kind, String namespace, String name, String container, String field) {
    public List<String> path() {
        return key.path();
    }
}
