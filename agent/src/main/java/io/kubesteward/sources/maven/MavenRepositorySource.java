package io.kubesteward.sources.maven;

import io.kubesteward.http.HttpSettings;
import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.ReleaseSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Versions of Maven artifacts ({@code groupId:artifactId}), read from each artifact's
 * {@code maven-metadata.xml} through Apache Maven Resolver, which brings mirrors, authentication
 * and its transport. One instance serves one run: each (repository, artifact) is looked up at most
 * once however many packages and lookup calls ask for it; artifacts are looked up in parallel
 * (bounded); one failing never affects another. The resolver starts only when there is something
 * to look up. Close it at the end of the run to delete its temporary local repository.
 *
 * <p>The metadata is read directly rather than through a version-range request: a range such as
 * {@code [0,)} drops versions the resolver sorts below 0 (a leading {@code v}), and only the file
 * has {@code <lastUpdated>}. Choosing among the versions is the versioning layer's job.
 *
 * <p>{@link #stats()} has one entry per (repository, artifact), named {@code groupId:artifactId in
 * repository}, since each is a file of its own.
 */
public final class MavenRepositorySource implements ReleaseSource {
    private final HttpSettings http;
    private final MavenSourceSettings settings;
    private final RepositoryLocator locator;
    private final ResolverRuntime runtime;
    private final boolean ownsRuntime;
    private final Map<ArtifactKey, ArtifactAnswer> answers = new LinkedHashMap<>();
    private ResolverSession session;
    private boolean closed;

    public MavenRepositorySource(HttpSettings http, MavenSourceSettings settings) {
        this(http, settings, new ResolverRuntime(), true);
    }

    /** With a repository system shared beyond this run (tests); closing leaves it running. */
    MavenRepositorySource(HttpSettings http, MavenSourceSettings settings, ResolverRuntime shared) {
        this(http, settings, shared, false);
    }

    private MavenRepositorySource(HttpSettings http, MavenSourceSettings settings, ResolverRuntime runtime, boolean owns) {
        this.http = http;
        this.settings = settings;
        this.locator = new RepositoryLocator(settings, http);
        this.runtime = runtime;
        this.ownsRuntime = owns;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.MAVEN_ARTIFACT;
    }

    @Override
    public synchronized Map<PackageRef, LookupResult> lookup(Collection<PackageRef> packages) {
        if (closed) {
            throw new IllegalStateException("this Maven source was closed at the end of its run");
        }
        Map<ArtifactKey, Pending> todo = new LinkedHashMap<>();
        for (PackageRef p : packages) {
            ArtifactKey key = key(p);
            if (!SourceKind.MAVEN_ARTIFACT.equals(p.kind()) || answers.containsKey(key) || todo.containsKey(key)) {
                continue;
            }
            try {
                Coordinates artifact = Coordinates.parse(p.name());
                todo.put(key, new Pending(locator.locate(p.repository()), artifact));
            } catch (ArtifactUnavailable e) {
                answers.put(key, ArtifactAnswer.failed(key.statName(), e.getMessage(), 0));
            }
        }
        answers.putAll(answerAll(todo));
        Map<PackageRef, LookupResult> out = new LinkedHashMap<>();
        for (PackageRef p : packages) {
            out.put(p, result(p));
        }
        return out;
    }

    @Override
    public synchronized List<FetchStat> stats() {
        List<FetchStat> out = new ArrayList<>();
        answers.values().forEach(a -> out.add(a.stat()));
        return out;
    }

    /** Deletes the temporary local repository and stops the resolver this source started. */
    @Override
    public synchronized void close() {
        closed = true;
        if (session != null) {
            session.close();
            session = null;
        }
        if (ownsRuntime) {
            runtime.shutdown();
        }
    }

    /** The run's temporary local repository; null before anything was looked up and after close. */
    synchronized Path localRepository() {
        return session == null ? null : session.localRepository();
    }

    private record Pending(RepositoryTarget target, Coordinates artifact) {
    }

    private Map<ArtifactKey, ArtifactAnswer> answerAll(Map<ArtifactKey, Pending> todo) {
        Map<ArtifactKey, ArtifactAnswer> out = new LinkedHashMap<>();
        if (todo.isEmpty()) {
            return out;
        }
        ArtifactLookup lookup;
        try {
            lookup = new ArtifactLookup(session(), http);
        } catch (IOException | RuntimeException | LinkageError e) {
            String why = "Maven Resolver could not start (" + e + ") — check the temporary directory and the installation";
            todo.keySet().forEach(key -> out.put(key, ArtifactAnswer.failed(key.statName(), why, 0)));
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.parallelFetches(), todo.size()), r -> {
            Thread t = new Thread(r, "steward-maven-metadata");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<ArtifactKey, Future<ArtifactAnswer>> pending = new LinkedHashMap<>();
            todo.forEach((key, p) -> pending.put(key, pool.submit(() -> lookup.answer(key, p.target(), p.artifact()))));
            pending.forEach((key, future) -> out.put(key, await(key, future)));
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    private static ArtifactAnswer await(ArtifactKey key, Future<ArtifactAnswer> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ArtifactAnswer.failed(key.statName(), "interrupted before the Maven metadata was read", 0);
        } catch (ExecutionException e) {
            return ArtifactAnswer.failed(key.statName(), "internal error while reading the Maven metadata: "
                    + e.getCause().getClass().getSimpleName(), 0);
        }
    }

    private ResolverSession session() throws IOException {
        if (session == null) {
            session = ResolverSession.open(runtime.system(), http);
        }
        return session;
    }

    private LookupResult result(PackageRef p) {
        if (!SourceKind.MAVEN_ARTIFACT.equals(p.kind())) {
            return LookupResult.failed(p, "not a Maven artifact (" + p.kind() + ")");
        }
        ArtifactAnswer a = answers.get(key(p));
        return a.failure() == null ? LookupResult.found(p, a.releases()) : LookupResult.failed(p, a.failure());
    }

    private static ArtifactKey key(PackageRef p) {
        return new ArtifactKey(RepositoryLocator.displayName(p.repository()), p.name().trim());
    }
}
