package io.kubesteward.forge;

import io.kubesteward.forge.gitea.GiteaApi;
import io.kubesteward.forge.github.GitHubApi;
import io.kubesteward.forge.gitlab.GitLabApi;
import io.kubesteward.http.HttpCaller;

/** The explicit registry of forges: settings in, a {@link Forge} out. */
public final class Forges {
    private Forges() {
    }

    public static Forge open(ForgeSettings settings, HttpCaller http) {
        if (settings.kind() == ForgeKind.NONE) {
            return new NoForge();
        }
        WritePacer pacer = WritePacer.every(settings.writeInterval());
        ForgeApi api = switch (settings.kind()) {
            case GITHUB -> new GitHubApi(http, settings, pacer);
            case GITLAB -> new GitLabApi(http, settings, pacer);
            case GITEA -> new GiteaApi(http, settings, pacer);
            case NONE -> throw new IllegalStateException("unreachable");
        };
        return new RestForge(settings, api);
    }
}
