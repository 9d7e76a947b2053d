package io.kubesteward.pipeline;

import io.kubesteward.model.Declaration;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.ReleaseSource;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Asks each source about its packages, each package once; a kind with no source is a failure entry.
 * The sources are asked at the same time: chart repositories, registries and Maven repositories are
 * different hosts, and one slow kind must not hold up the others.
 */
final class Lookups {
    private Lookups() {
    }

    static Map<PackageRef, LookupResult> run(List<Declaration> declarations, Map<SourceKind, ReleaseSource> sources) {
        Map<SourceKind, Set<PackageRef>> byKind = new LinkedHashMap<>();
        for (Declaration d : declarations) {
            if (!d.skipped()) {
                byKind.computeIfAbsent(d.pkg().kind(), k -> new LinkedHashSet<>()).add(d.pkg());
            }
        }
        Map<PackageRef, LookupResult> results = new HashMap<>();
        Map<SourceKind, Future<Map<PackageRef, LookupResult>>> asked = new LinkedHashMap<>();
        ExecutorService pool = byKind.size() > 1 ? Executors.newFixedThreadPool(byKind.size(), r -> {
            Thread t = new Thread(r, "steward-lookups");
            t.setDaemon(true);
            return t;
        }) : null;
        try {
            byKind.forEach((kind, packages) -> {
                ReleaseSource source = sources.get(kind);
                if (source == null) {
                    packages.forEach(p -> results.put(p, LookupResult.failed(p, unsupported(kind))));
                } else if (pool == null) {
                    results.putAll(answers(kind, packages, source.lookup(new ArrayList<>(packages))));
                } else {
                    asked.put(kind, pool.submit(() -> source.lookup(new ArrayList<>(packages))));
                }
            });
            asked.forEach((kind, future) -> results.putAll(answers(kind, byKind.get(kind), await(kind, future))));
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        return results;
    }

    private static Map<PackageRef, LookupResult> answers(SourceKind kind, Set<PackageRef> packages, Map<PackageRef, LookupResult> answered) {
        Map<PackageRef, LookupResult> results = new HashMap<>();
        for (PackageRef p : packages) {
            LookupResult answer = answered == null ? null : answered.get(p);
            results.put(p, answer != null ? answer : LookupResult.failed(p, "the " + kind + " source gave no answer"));
        }
        return results;
    }

    /** The source's answers; what a source throws (a bug) is thrown here, as if it had been asked directly. */
    private static Map<PackageRef, LookupResult> await(SourceKind kind, Future<Map<PackageRef, LookupResult>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the " + kind.id() + " source was looking up packages", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String unsupported(SourceKind kind) {
        return "no source is configured for " + kind.id() + " packages";
    }
}
