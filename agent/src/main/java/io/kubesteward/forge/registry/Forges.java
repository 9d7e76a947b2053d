package io.kubesteward.forge.registry;

import io.kubesteward.forge.Forge;
import io.kubesteward.forge.ForgeApi;
import io.kubesteward.forge.ForgeKind;
import io.kubesteward.forge.ForgeSettings;
import io.kubesteward.forge.NoForge;
import io.kubesteward.forge.RestForge;
import io.kubesteward.forge.WritePacer;
import io.kubesteward.forge.gitea.GiteaApi;
import io.kubesteward.forge.github.GitHubApi;
import io.kubesteward.forge.gitlab.GitLabApi;
import io.kubesteward.http.HttpCaller;

/** The explicit registry of forges: settings in, a {@link Forge} out. Apart from forge's root, so the kinds can depend on the root alone. */
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
