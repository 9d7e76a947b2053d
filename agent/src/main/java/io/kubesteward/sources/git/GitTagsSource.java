package io.kubesteward.sources.git;

import io.kubesteward.model.FetchStat;
import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.ReleaseSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tags of git repositories as releases, one ls-remote per repository: Flux GitRepositories
 * pinned to a tag. A tag carries no date here (ls-remote does not say), so age rules see none.
 */
public final class GitTagsSource implements ReleaseSource {
    private final RemoteTags remote;
    private final List<FetchStat> stats = Collections.synchronizedList(new ArrayList<>());

    public GitTagsSource(RemoteTags remote) {
        this.remote = remote;
    }

    @Override
    public SourceKind kind() {
        return SourceKind.GIT_TAGS;
    }

    @Override
    public Map<PackageRef, LookupResult> lookup(Collection<PackageRef> packages) {
        Map<PackageRef, LookupResult> results = new LinkedHashMap<>();
        for (PackageRef pkg : packages) {
            results.put(pkg, SourceKind.GIT_TAGS.equals(pkg.kind()) ? list(pkg)
                    : LookupResult.failed(pkg, "the git-tags source does not serve " + pkg.kind().id() + " packages"));
        }
        return results;
    }

    private LookupResult list(PackageRef pkg) {
        String url = url(pkg);
        long started = System.nanoTime();
        try {
            List<String> tags = remote.tags(url);
            stats.add(new FetchStat(url, "downloaded", 0, millisSince(started), 0, tags.size()));
            return LookupResult.found(pkg, tags.stream().distinct().map(Release::of).toList());
        } catch (RemoteTags.Unavailable e) {
            stats.add(new FetchStat(url, "failed", 0, millisSince(started), 0, 0));
            return LookupResult.failed(pkg, e.getMessage());
        }
    }

    /** A git package is its repository URL split at the last slash: {@code repository/name}. */
    public static String url(PackageRef pkg) {
        return pkg.repository() + "/" + pkg.name();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    @Override
    public List<FetchStat> stats() {
        return List.copyOf(stats);
    }
}
