package io.kubesteward.sources.oci;

import io.kubesteward.http.HttpCaller;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.DigestResolver;
import io.kubesteward.sources.ReleaseSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tags of container images ({@link SourceKind#DOCKER_IMAGE}) or Helm charts
 * ({@link SourceKind#OCI_CHART}) in OCI registries, by the distribution API. One instance serves one
 * run: each repository is listed once (one or two requests for auth, then one per page), in
 * parallel (bounded), one failing never affecting another. Lookups return tags only; digests and
 * dates cost requests per tag and come from {@link DigestResolver} for the tags the pipeline chose.
 * Chart versions containing {@code +} are stored as tags with {@code _} (as Helm pushes them) and
 * given back with {@code +}.
 */
public final class OciRegistrySource implements ReleaseSource, DigestResolver, io.kubesteward.sources.ArchiveResolver {
    private final SourceKind kind;
    private final OciSourceSettings settings;
    private final RegistryLocator locator;
    private final TagLister lister;
    private final TagDetails details;
    private final ChartLayer charts;
    private final Map<String, RepositoryTags> repositories = new LinkedHashMap<>();

    /** A repository's tags, or why there are none. */
    private record Answer(TagListing listing, String failure) {
    }

    public OciRegistrySource(HttpCaller http, OciSourceSettings settings, SourceKind kind) {
        if (!SourceKind.DOCKER_IMAGE.equals(kind) && !SourceKind.OCI_CHART.equals(kind)) {
            throw new IllegalArgumentException("an OCI registry serves images and charts, not " + kind);
        }
        this.kind = kind;
        this.settings = Objects.requireNonNull(settings, "settings");
        RegistryClient client = new RegistryClient(http, settings.credentials());
        this.locator = new RegistryLocator(settings);
        this.lister = new TagLister(client, settings.pageSize(), settings.maxPages());
        ManifestReader manifests = new ManifestReader(client);
        this.details = new TagDetails(locator, manifests, http.clock());
        this.charts = new ChartLayer(locator, manifests, client);
    }

    public static OciRegistrySource images(HttpCaller http, OciSourceSettings settings) {
        return new OciRegistrySource(http, settings, SourceKind.DOCKER_IMAGE);
    }

    public static OciRegistrySource charts(HttpCaller http, OciSourceSettings settings) {
        return new OciRegistrySource(http, settings, SourceKind.OCI_CHART);
    }

    @Override
    public SourceKind kind() {
        return kind;
    }

    @Override
    public Map<PackageRef, LookupResult> lookup(Collection<PackageRef> packages) {
        Map<String, RepositoryTags> wanted = new LinkedHashMap<>();
        for (PackageRef p : packages) {
            if (p.kind() == kind) {
                wanted.computeIfAbsent(RegistryLocator.display(p), d -> repository(d, p));
            }
        }
        Map<String, Answer> answers = listAll(wanted);
        Map<PackageRef, LookupResult> out = new LinkedHashMap<>();
        for (PackageRef p : packages) {
            out.put(p, result(p, answers.get(p.kind() == kind ? RegistryLocator.display(p) : null)));
        }
        return out;
    }

    @Override
    public List<FetchStat> stats() {
        List<FetchStat> out = new ArrayList<>();
        for (RepositoryTags r : snapshot()) {
            FetchStat s = r.stat();
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public Map<String, String> digests(PackageRef pkg, Collection<String> versions) {
        return pkg.kind() == kind ? details.digests(pkg, versions) : Map.of();
    }

    @Override
    public Map<String, Instant> created(PackageRef pkg, Collection<String> versions) {
        return pkg.kind() == kind ? details.created(pkg, versions) : Map.of();
    }

    /** The archive of a chart version: its manifest's chart layer (charts only; images have no archive). */
    @Override
    public io.kubesteward.render.ArchiveLocation locate(PackageRef pkg, Release release) throws ArchiveUnlocatable {
        if (!SourceKind.OCI_CHART.equals(kind) || !SourceKind.OCI_CHART.equals(pkg.kind())) {
            throw new ArchiveUnlocatable(pkg.name() + " is not an OCI-hosted chart");
        }
        return charts.locate(pkg, release);
    }

    private Map<String, Answer> listAll(Map<String, RepositoryTags> wanted) {
        Map<String, Answer> answers = new LinkedHashMap<>();
        if (wanted.isEmpty()) {
            return answers;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallelFetches(), wanted.size()), r -> {
            Thread t = new Thread(r, "steward-oci-tags");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<TagListing>> pending = new LinkedHashMap<>();
            wanted.forEach((display, repo) -> pending.put(display, pool.submit(() -> repo.get(locator, lister))));
            pending.forEach((display, future) -> answers.put(display, await(future)));
        } finally {
            pool.shutdownNow();
        }
        return answers;
    }

    private static Answer await(Future<TagListing> future) {
        try {
            return new Answer(future.get(), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, "interrupted before the registry answered");
        } catch (ExecutionException e) {
            return new Answer(null, e.getCause() instanceof RegistryFailure f ? f.getMessage()
                    : "internal error while listing tags: " + e.getCause());
        }
    }

    private LookupResult result(PackageRef p, Answer answer) {
        if (answer == null) {
            return LookupResult.failed(p, "not an " + kind.id() + " package (" + p.kind() + ")");
        }
        if (answer.failure() != null) {
            return LookupResult.failed(p, answer.failure());
        }
        List<Release> releases = new ArrayList<>();
        for (String tag : answer.listing().tags()) {
            releases.add(Release.of(SourceKind.OCI_CHART.equals(kind) ? tag.replace('_', '+') : tag));
        }
        return LookupResult.found(p, releases);
    }

    private synchronized RepositoryTags repository(String display, PackageRef p) {
        return repositories.computeIfAbsent(display, d -> new RepositoryTags(d, p));
    }

    private synchronized List<RepositoryTags> snapshot() {
        return new ArrayList<>(repositories.values());
    }
}
