package io.kubesteward.app;

import io.kubesteward.analysis.RepositoryObjects;
import io.kubesteward.declarations.values.ReleaseValuesGatherer;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpFailure;
import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.SourceFile;
import io.kubesteward.pipeline.ChartInsight;
import io.kubesteward.render.ArchiveFetcher;
import io.kubesteward.render.ArchiveLimits;
import io.kubesteward.render.ArchiveRefused;
import io.kubesteward.render.ChartArchive;
import io.kubesteward.sources.ArchiveResolver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;

/**
 * The run's {@link ChartInsight}: archives located by the chart's source, fetched once per run (and kept in
 * {@code <http.cacheDir>/chart-archives} across runs when a cache folder is set), values gathered from the files read.
 */
final class ChartInsights implements ChartInsight {
    private final ArchiveResolver locator;
    private final ArchiveFetcher fetcher;
    private final ReleaseValuesGatherer gatherer;
    private final RepositoryObjects objects;
    private final Map<String, CompletableFuture<ChartArchive>> fetched = new ConcurrentHashMap<>();

    ChartInsights(ArchiveResolver locator, HttpCaller http, Path cacheDir, List<SourceFile> files) {
        this.locator = locator;
        this.fetcher = new ArchiveFetcher(http, cacheDir == null ? null : cacheDir.resolve("chart-archives"), ArchiveLimits.HELM);
        Map<String, String> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f.content()));
        this.gatherer = new ReleaseValuesGatherer(byPath);
        this.objects = new RepositoryObjects(byPath);
    }

    @Override
    public ChartArchive archive(PackageRef pkg, Release release) throws ArchiveUnavailable {
        String key = pkg.kind() + " " + pkg.repository() + " " + pkg.name() + " " + release.version();
        CompletableFuture<ChartArchive> mine = new CompletableFuture<>();
        CompletableFuture<ChartArchive> first = fetched.putIfAbsent(key, mine);
        if (first == null) {
            try {
                mine.complete(fetch(pkg, release));
            } catch (ArchiveUnavailable | RuntimeException e) {
                // whatever ends this fetch must end the wait of every other analysis needing the same archive
                mine.completeExceptionally(e);
            }
            first = mine;
        }
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ArchiveUnavailable u) {
                throw u;
            }
            throw new ArchiveUnavailable("the archive of " + pkg.name() + " " + release.version() + " could not be read: " + e.getCause());
        }
    }

    private ChartArchive fetch(PackageRef pkg, Release release) throws ArchiveUnavailable {
        String what = "the archive of " + pkg.name() + " " + release.version();
        try {
            return fetcher.fetch(locator.locate(pkg, release), release.digest(), what);
        } catch (ArchiveResolver.ArchiveUnlocatable | ArchiveRefused | HttpFailure e) {
            String why = e.getMessage();
            throw new ArchiveUnavailable(why.contains(pkg.name() + " " + release.version()) ? why : what + ": " + why);
        } catch (IOException e) {
            throw new ArchiveUnavailable(what + " could not be read: " + e.getMessage());
        }
    }

    @Override
    public ReleaseValues values(Declaration declaration) {
        return gatherer.gather(declaration);
    }

    @Override
    public CrdHandling crds(Declaration declaration) {
        return gatherer.crdHandling(declaration);
    }

    @Override
    public RepositoryObjects objects() {
        return objects;
    }

    @Override
    public int parallelism() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** How many archives were downloaded (not taken from the cache) in this run. */
    int downloads() {
        return fetcher.downloads();
    }
}
