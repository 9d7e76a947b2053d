package io.kubesteward.app;

import io.kubesteward.config.ChartRepositoryConfig;
import io.kubesteward.config.ConfigError;
import io.kubesteward.config.HttpConfig;
import io.kubesteward.config.MirrorConfig;
import io.kubesteward.config.StewardConfig;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpSettings;
import io.kubesteward.model.ApiRemoval;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.SourceKind;
import io.kubesteward.planning.KubernetesTarget;
import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import io.kubesteward.sources.ReleaseSource;
import io.kubesteward.sources.registry.OpenSources;
import io.kubesteward.sources.registry.SourceContext;
import io.kubesteward.sources.registry.StandardSources;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The version sources of one run, built from configuration through the source registry, closed when the run ends. */
final class SourceSet implements AutoCloseable {
    private final HttpCaller http;
    private final OpenSources sources;
    private ChartInsights insight;
    private final Clock clock;

    private SourceSet(HttpCaller http, OpenSources sources, Clock clock) {
        this.clock = clock;
        this.http = http;
        this.sources = sources;
    }

    static SourceSet from(StewardConfig config, Secrets secrets, Clock clock) throws ConfigError {
        HttpConfig h = config.http();
        HttpSettings settings = HttpSettingsFactory.from(h);
        List<Mirror> mirrors = new ArrayList<>();
        for (MirrorConfig m : config.mirrors()) {
            mirrors.add(m.folder() != null ? Mirror.toFolder(m.prefix(), Path.of(m.folder())) : Mirror.toUrl(m.prefix(), m.url()));
        }
        List<CredentialRule> credentials = new ArrayList<>();
        for (ChartRepositoryConfig repo : config.repositories()) {
            if (repo.auth() != null) {
                credentials.add(new CredentialRule(repo.url(), secrets.credentials(repo)));
            }
        }
        long maxIndex = Math.min(h.maxIndexSize().bytes(), Integer.MAX_VALUE);
        HttpCaller caller = new HttpCaller(settings, clock);
        SourceContext context = new SourceContext(caller, settings, mirrors, credentials, maxIndex,
                RegistryLogins.from(config.registries(), System.getenv()), config.registries().insecure(),
                new GitTagAccess(config.git(), secrets, settings));
        try {
            return new SourceSet(caller, StandardSources.open(context), clock);
        } catch (RuntimeException e) {
            caller.close();
            throw e;
        }
    }

    /** What upgrade analysis of this run's chart proposals reads through, or null when analysis is off. */
    ChartInsights insight(StewardConfig config, io.kubesteward.gitops.LocalRepository repo, io.kubesteward.gitops.LocalRepository.Contents contents,
                          KubernetesTarget kubernetes) {
        List<io.kubesteward.model.SourceFile> files = contents.files();
        if (!config.charts().analysisOrDefaults().on()) {
            return null;
        }
        String cache = config.http().cacheDir();
        List<ApiRemoval> removals = config.removedApis().stream()
                .map(r -> new ApiRemoval(r.apiVersion(), r.kind(), r.removedIn(), r.replacement())).toList();
        insight = new ChartInsights(sources.archives(), http, cache == null ? null : Path.of(cache), files, kubernetes, removals, clock)
                .withVendored(repo, contents.archives());
        return insight;
    }

    Map<SourceKind, ReleaseSource> byKind() {
        return sources.byKind();
    }

    List<FetchStat> stats() {
        return sources.stats();
    }

    @Override
    public void close() {
        if (insight != null) {
            insight.close();
        }
        sources.close();
        http.close();
    }
}
