package io.kubesteward.app;

import io.kubesteward.analysis.ImpactInput;
import io.kubesteward.analysis.RenderValues;
import io.kubesteward.analysis.Rendered;
import io.kubesteward.analysis.Renders;
import io.kubesteward.analysis.RepositoryObjects;
import io.kubesteward.declarations.values.ReleaseValuesGatherer;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpFailure;
import io.kubesteward.model.ApiRemoval;
import io.kubesteward.model.CrdHandling;
import io.kubesteward.model.Declaration;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.ReleaseIdentity;
import io.kubesteward.model.ReleaseValues;
import io.kubesteward.model.SourceFile;
import io.kubesteward.pipeline.ChartInsight;
import io.kubesteward.planning.KubernetesTarget;
import io.kubesteward.render.ArchiveFetcher;
import io.kubesteward.render.ArchiveLimits;
import io.kubesteward.render.ArchiveRefused;
import io.kubesteward.render.BundledDependencies;
import io.kubesteward.render.ChartArchive;
import io.kubesteward.render.ChartRenderer;
import io.kubesteward.render.HelmLibrary;
import io.kubesteward.render.RenderFailed;
import io.kubesteward.render.RenderRequest;
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
 * {@code <http.cacheDir>/chart-archives} across runs when a cache folder is set), values gathered from the files read,
 * both versions rendered with Helm's engine for the cluster's Kubernetes version.
 */
final class ChartInsights implements ChartInsight, io.kubesteward.pipeline.ValuesTracing, AutoCloseable {
    /** What charts are rendered for when Steward knows no cluster version: a recent minor, documented in the README. */
    static final String DEFAULT_KUBERNETES = "1.34.0";
    private static final java.time.Duration RENDER_TIMEOUT = java.time.Duration.ofSeconds(120);

    private final ArchiveResolver locator;
    private final ArchiveFetcher fetcher;
    private final ReleaseValuesGatherer gatherer;
    private final Map<String, String> byPath;
    private final RepositoryObjects objects;
    private final Map<String, CompletableFuture<ChartArchive>> fetched = new ConcurrentHashMap<>();
    private final String kubeVersion;
    private final String kubeSource;
    private final boolean assumed;
    private final List<ApiRemoval> removals;
    private ChartRenderer renderer;
    private io.kubesteward.gitops.LocalRepository repository;
    private List<String> vendored = List.of();
    private final java.time.Clock clock;

    ChartInsights(ArchiveResolver locator, HttpCaller http, Path cacheDir, List<SourceFile> files, KubernetesTarget kubernetes,
                  List<ApiRemoval> removals, java.time.Clock clock) {
        this.locator = locator;
        this.clock = clock;
        this.kubeVersion = kubernetes == null ? DEFAULT_KUBERNETES : kubernetes.version();
        this.assumed = kubernetes == null;
        this.kubeSource = kubernetes == null ? "Steward's default: no cluster was read and charts.kubernetesVersion is not set"
                : kubernetes.source();
        this.removals = List.copyOf(removals);
        this.fetcher = new ArchiveFetcher(http, cacheDir == null ? null : cacheDir.resolve("chart-archives"), ArchiveLimits.HELM);
        Map<String, String> byPath = new LinkedHashMap<>();
        files.forEach(f -> byPath.put(f.path(), f.content()));
        this.byPath = byPath;
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

    /** The archive's bytes as published (verified, from the cache when there), to vendor in a repository. */
    byte[] archiveBytes(PackageRef pkg, Release release) throws ArchiveUnavailable {
        return located(pkg, release, (where, what) -> fetcher.bytes(where, release.digest(), what));
    }

    /**
     * Archives vendored in the repository ({@code charts/<chart>-<version>.tgz}) are read from there, not fetched:
     * the repository's copy is what gets deployed; it is used when it matches the index's digest (or the index gives
     * none), and fetched as usual when it does not.
     */
    ChartInsights withVendored(io.kubesteward.gitops.LocalRepository repository, List<String> archives) {
        this.repository = repository;
        this.vendored = List.copyOf(archives);
        return this;
    }

    private ChartArchive fetch(PackageRef pkg, Release release) throws ArchiveUnavailable {
        String suffix = "charts/" + pkg.name() + "-" + release.version() + ".tgz";
        for (String path : vendored) {
            if (path.equals(suffix) || path.endsWith("/" + suffix)) {
                try {
                    java.util.Optional<byte[]> bytes = repository.archive(path, ArchiveLimits.HELM.maxCompressedBytes());
                    ChartArchive own = bytes.isEmpty() ? null : fetcher.read(bytes.get(), release.digest(), path);
                    if (own != null) {
                        return own;
                    }
                } catch (ArchiveRefused e) {
                    throw new ArchiveUnavailable("the vendored " + e.getMessage());
                } catch (IOException e) {
                    // unreadable or too large here: the published copy is fetched instead, under the same limit
                }
            }
        }
        return located(pkg, release, (where, what) -> fetcher.fetch(where, release.digest(), what));
    }

    private interface Fetch<T> {
        T from(io.kubesteward.render.ArchiveLocation where, String what) throws ArchiveRefused, HttpFailure, IOException;
    }

    private <T> T located(PackageRef pkg, Release release, Fetch<T> fetch) throws ArchiveUnavailable {
        String what = "the archive of " + pkg.name() + " " + release.version();
        try {
            return fetch.from(locator.locate(pkg, release), what);
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
    public ReleaseIdentity release(Declaration declaration) {
        return gatherer.release(declaration);
    }

    @Override
    public java.util.Optional<String> umbrella(Declaration declaration) {
        return gatherer.umbrella(declaration);
    }

    @Override
    public java.util.Optional<String> renderedAs(Declaration declaration) {
        return gatherer.renderedAs(declaration);
    }

    @Override
    public ChartArchive unpacked(ChartArchive archive) throws ArchiveUnavailable {
        try {
            return io.kubesteward.render.NestedCharts.expand(archive, ArchiveLimits.HELM, archive.name());
        } catch (ArchiveRefused e) {
            throw new ArchiveUnavailable(e.getMessage());
        } catch (IOException e) {
            throw new ArchiveUnavailable("the bundled charts of " + archive.name() + " could not be read: " + e.getMessage());
        }
    }

    @Override
    public ReleaseValues values(Declaration declaration, List<SourceFile> changed) {
        if (changed.isEmpty()) {
            return gatherer.gather(declaration);
        }
        Map<String, String> edited = new LinkedHashMap<>(byPath);
        changed.forEach(f -> edited.put(f.path(), f.content()));
        return new ReleaseValuesGatherer(edited).gather(declaration);
    }

    @Override
    public io.kubesteward.model.ValuesTarget target(Declaration declaration, List<String> path, List<Declaration> readers) {
        return gatherer.target(declaration, path, readers);
    }

    @Override
    public Rendered render(ChartArchive archive, String name, String namespace, Map<String, Object> values) throws RenderUnavailable {
        ChartArchive renderable = BundledDependencies.missing(archive).isEmpty() ? archive : BundledDependencies.withoutMissing(archive);
        return one(renderer(), renderable, new RenderRequest(name, namespace, kubeVersion, values));
    }

    @Override
    public Renders render(Declaration declaration, ImpactInput upgrade) throws RenderUnavailable {
        ChartRenderer engine = renderer();
        ReleaseIdentity release = gatherer.release(declaration);
        RenderRequest request = new RenderRequest(release.name(), release.namespace(), kubeVersion, RenderValues.tree(upgrade.values()));
        List<String> leftOut = new java.util.ArrayList<>();
        java.util.Set<String> dropped = new java.util.LinkedHashSet<>();
        Rendered old = one(engine, bundled(upgrade.from(), upgrade.fromVersion(), leftOut, dropped), request);
        Rendered now = one(engine, bundled(upgrade.to(), upgrade.toVersion(), leftOut, dropped), request);
        Renders.Target target = new Renders.Target(kubeVersion, kubeSource, assumed, release.name(), release.namespace(),
                gatherer.storedRelease(declaration).orElse(null));
        return new Renders(old, now, target, removals, leftOut, List.copyOf(dropped));
    }

    /** The archive as Helm can render it: declared dependencies it does not bundle are dropped, and that is said. */
    private static ChartArchive bundled(ChartArchive archive, String version, List<String> leftOut, java.util.Set<String> dropped) {
        List<String> missing = BundledDependencies.missing(archive);
        if (missing.isEmpty()) {
            return archive;
        }
        dropped.addAll(missing);
        leftOut.add("the rendered manifests of " + archive.name() + " " + version + " leave out " + String.join(", ", missing)
                + ": declared in its Chart.yaml but not bundled in its archive's charts/ (Helm refuses such an archive as it is;"
                + " the chart's own templates were rendered without them)");
        return BundledDependencies.withoutMissing(archive);
    }

    private static Rendered one(ChartRenderer engine, ChartArchive archive, RenderRequest request) {
        try {
            return Rendered.of(engine.render(archive, request));
        } catch (RenderFailed e) {
            return e.byHelm() ? Rendered.failed(e.getMessage()) : Rendered.notRendered(e.getMessage());
        } catch (IOException e) {
            return Rendered.notRendered("the chart could not be written to a temporary folder: " + e.getMessage());
        }
    }

    private synchronized ChartRenderer renderer() throws RenderUnavailable {
        if (renderer == null) {
            try {
                renderer = new ChartRenderer(HelmLibrary.shared(clock), null, RENDER_TIMEOUT);
            } catch (HelmLibrary.Unavailable e) {
                throw new RenderUnavailable(e.getMessage());
            }
        }
        return renderer;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (renderer != null) {
                renderer.close();
            }
        }
    }

    @Override
    public java.util.Optional<io.kubesteward.model.ReleaseRef> object(Declaration declaration) {
        return gatherer.object(declaration);
    }

    @Override
    public List<io.kubesteward.model.ReleaseRef> dependsOn(Declaration declaration) {
        return gatherer.dependsOn(declaration);
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
