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
import io.kubesteward.planning.KubernetesTarget;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import io.kubesteward.sources.ReleaseSource;
import io.kubesteward.sources.helm.HelmRepositorySource;
import io.kubesteward.sources.helm.HelmSourceSettings;
import io.kubesteward.sources.maven.MavenRepositorySource;
import io.kubesteward.sources.maven.MavenSourceSettings;
import io.kubesteward.sources.oci.OciRegistrySource;
import io.kubesteward.sources.oci.OciSourceSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The version sources of one run, built from configuration, closed when the run ends. */
final class SourceSet implements AutoCloseable {
    private final HttpCaller http;
    private final HelmRepositorySource helm;
    private final MavenRepositorySource maven;
    private final OciRegistrySource images;
    private final OciRegistrySource charts;
    private ChartInsights insight;
    private final Clock clock;

    private SourceSet(HttpCaller http, HelmRepositorySource helm, MavenRepositorySource maven, OciRegistrySource images,
                      OciRegistrySource charts, Clock clock) {
        this.clock = clock;
        this.http = http;
        this.helm = helm;
        this.maven = maven;
        this.images = images;
        this.charts = charts;
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
        HelmSourceSettings helmSettings = HelmSourceSettings.defaults()
                .withMirrors(mirrors).withCredentials(credentials).withMaxIndexCodePoints(maxIndex);
        HttpCaller caller = new HttpCaller(settings, clock);
        MavenRepositorySource maven = new MavenRepositorySource(settings,
                MavenSourceSettings.defaults().withMirrors(mirrors).withCredentials(credentials));
        OciSourceSettings oci = OciSourceSettings.defaults().withMirrors(mirrors)
                .withCredentials(RegistryLogins.from(config.registries(), System.getenv()))
                .withInsecure(config.registries().insecure());
        return new SourceSet(caller, new HelmRepositorySource(caller, helmSettings), maven,
                OciRegistrySource.images(caller, oci), OciRegistrySource.charts(caller, oci), clock);
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
        io.kubesteward.sources.ArchiveResolver archives = (pkg, release) -> pkg.kind() == SourceKind.OCI_CHART
                ? charts.locate(pkg, release) : helm.locate(pkg, release);
        insight = new ChartInsights(archives, http, cache == null ? null : Path.of(cache), files, kubernetes, removals, clock)
                .withVendored(repo, contents.archives());
        return insight;
    }

    Map<SourceKind, ReleaseSource> byKind() {
        return Map.of(SourceKind.HELM_REPOSITORY, helm, SourceKind.MAVEN_ARTIFACT, maven,
                SourceKind.DOCKER_IMAGE, images, SourceKind.OCI_CHART, charts);
    }

    List<FetchStat> stats() {
        List<FetchStat> all = new ArrayList<>(helm.stats());
        all.addAll(maven.stats());
        all.addAll(images.stats());
        all.addAll(charts.stats());
        return all;
    }

    @Override
    public void close() {
        if (insight != null) {
            insight.close();
        }
        maven.close();
        helm.close();
        http.close();
    }
}
