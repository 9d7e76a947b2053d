package io.kubesteward.sources.helm;

import io.kubesteward.http.HttpCaller;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import io.kubesteward.render.ArchiveLocation;
import io.kubesteward.sources.ArchiveResolver;
import io.kubesteward.sources.ReleaseSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Versions of charts in Helm HTTP repositories, read from each repository's index.yaml. One
 * instance serves one run: every index is fetched at most once however many packages and lookup
 * calls ask for it; repositories are fetched in parallel (bounded); one repository failing never
 * affects another. Close it at the end of the run to delete temporary downloads.
 */
public final class HelmRepositorySource implements ReleaseSource, ArchiveResolver {
    private final HelmSourceSettings settings;
    private final IndexLocator locator;
    private final ArchiveLocator archives;
    private final IndexFetcher fetcher;
    private final HelmIndexParser parser;
    private final Map<String, RepositoryIndex> repositories = new LinkedHashMap<>();

    public HelmRepositorySource(HttpCaller http, HelmSourceSettings settings) {
        this.settings = settings;
        this.locator = new IndexLocator(settings);
        this.archives = new ArchiveLocator(settings);
        this.fetcher = new IndexFetcher(http);
        this.parser = new HelmIndexParser(settings.maxIndexCodePoints());
    }

    @Override
    public SourceKind kind() {
        return SourceKind.HELM_REPOSITORY;
    }

    @Override
    public Map<PackageRef, LookupResult> lookup(Collection<PackageRef> packages) {
        Map<String, Set<String>> chartsByRepository = new LinkedHashMap<>();
        for (PackageRef p : packages) {
            if (SourceKind.HELM_REPOSITORY.equals(p.kind())) {
                String name = IndexLocator.displayName(p.repository());
                repository(name, p.repository());
                chartsByRepository.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(p.name());
            }
        }
        Map<String, Map<String, ChartAnswer>> answers = answerAll(chartsByRepository);
        Map<PackageRef, LookupResult> out = new LinkedHashMap<>();
        for (PackageRef p : packages) {
            out.put(p, result(p, answers));
        }
        return out;
    }

    @Override
    public ArchiveLocation locate(PackageRef pkg, Release release) throws ArchiveUnlocatable {
        if (!SourceKind.HELM_REPOSITORY.equals(pkg.kind())) {
            throw new ArchiveUnlocatable(pkg.name() + " is not a chart of a Helm HTTP repository");
        }
        return archives.locate(pkg.repository(), pkg.name(), release);
    }

    @Override
    public List<FetchStat> stats() {
        List<FetchStat> out = new ArrayList<>();
        for (RepositoryIndex r : snapshot()) {
            out.add(r.stat());
        }
        return out;
    }

    /** Deletes temporary index downloads; cached and mirror files stay. */
    @Override
    public void close() {
        snapshot().forEach(RepositoryIndex::release);
    }

    private Map<String, Map<String, ChartAnswer>> answerAll(Map<String, Set<String>> chartsByRepository) {
        Map<String, Map<String, ChartAnswer>> answers = new LinkedHashMap<>();
        if (chartsByRepository.isEmpty()) {
            return answers;
        }
        int threads = Math.min(settings.parallelFetches(), chartsByRepository.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "steward-helm-index");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, Future<Map<String, ChartAnswer>>> pending = new LinkedHashMap<>();
            chartsByRepository.forEach((repository, charts) -> {
                RepositoryIndex index = repository(repository, repository);
                pending.put(repository, pool.submit(() -> index.lookup(charts, locator, fetcher, parser)));
            });
            pending.forEach((repository, future) -> answers.put(repository, await(future, chartsByRepository.get(repository))));
        } finally {
            pool.shutdownNow();
        }
        return answers;
    }

    private static Map<String, ChartAnswer> await(Future<Map<String, ChartAnswer>> future, Set<String> charts) {
        String why;
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            why = "interrupted before the repository index was read";
        } catch (ExecutionException e) {
            why = "internal error while reading the repository index: " + e.getCause();
        }
        Map<String, ChartAnswer> failed = new LinkedHashMap<>();
        for (String chart : charts) {
            failed.put(chart, ChartAnswer.failed(why));
        }
        return failed;
    }

    private static LookupResult result(PackageRef p, Map<String, Map<String, ChartAnswer>> answers) {
        if (!SourceKind.HELM_REPOSITORY.equals(p.kind())) {
            return LookupResult.failed(p, "not a Helm HTTP repository package (" + p.kind() + ")");
        }
        ChartAnswer a = answers.get(IndexLocator.displayName(p.repository())).get(p.name());
        return a.failure() == null ? LookupResult.found(p, a.releases()) : LookupResult.failed(p, a.failure());
    }

    /** The run's state for a repository; the URL of the first package naming it is the one fetched. */
    private synchronized RepositoryIndex repository(String name, String url) {
        return repositories.computeIfAbsent(name, k -> new RepositoryIndex(name, url));
    }

    private synchronized List<RepositoryIndex> snapshot() {
        return new ArrayList<>(repositories.values());
    }
}
