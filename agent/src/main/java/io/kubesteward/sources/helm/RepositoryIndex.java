package io.kubesteward.sources.helm;

import io.kubesteward.model.FetchStat;
import io.kubesteward.model.Release;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One repository during one run: its index is fetched at most once; charts asked for later are
 * parsed out of the same file; a failure is remembered and answered again without a new fetch.
 */
final class RepositoryIndex {
    private final String repository;
    private final String url;
    private final Map<String, List<Release>> known = new HashMap<>();
    private final Set<String> absent = new HashSet<>();
    private boolean attempted;
    private FetchedIndex index;
    private String display;
    private String failure;
    private int chartsListed;
    private FetchStat stat;

    /**
     * @param repository the repository as people see it (no trailing slash, no userinfo)
     * @param url the repository URL as configured, which may carry userinfo
     */
    RepositoryIndex(String repository, String url) {
        this.repository = repository;
        this.url = url;
        this.display = repository;
        this.stat = new FetchStat(repository, FetchedIndex.FAILED, 0, 0, 0, 0);
    }

    synchronized Map<String, ChartAnswer> lookup(Set<String> charts, IndexLocator locator, IndexFetcher fetcher,
            HelmIndexParser parser) {
        if (!attempted) {
            attempted = true;
            fetch(locator, fetcher);
        }
        if (failure == null) {
            parseMissing(charts, parser);
        }
        Map<String, ChartAnswer> out = new LinkedHashMap<>();
        for (String chart : charts) {
            out.put(chart, answer(chart));
        }
        return out;
    }

    synchronized FetchStat stat() {
        return stat;
    }

    synchronized void release() {
        if (index != null) {
            index.release().run();
        }
    }

    private void fetch(IndexLocator locator, IndexFetcher fetcher) {
        long t0 = System.nanoTime();
        try {
            IndexLocation location = locator.locate(url);
            display = location.display();
            index = fetcher.fetch(location);
            stat = new FetchStat(repository, index.outcome(), index.bytes(), millisSince(t0), 0, 0);
        } catch (IndexUnavailable e) {
            failure = e.getMessage();
            stat = new FetchStat(repository, FetchedIndex.FAILED, 0, millisSince(t0), 0, 0);
        }
    }

    private void parseMissing(Set<String> charts, HelmIndexParser parser) {
        Set<String> missing = new HashSet<>(charts);
        missing.removeAll(known.keySet());
        missing.removeAll(absent);
        if (missing.isEmpty()) {
            return;
        }
        long t0 = System.nanoTime();
        int kept = 0;
        try {
            ParsedIndex parsed = parser.parse(index.file(), missing);
            known.putAll(parsed.charts());
            missing.removeAll(parsed.charts().keySet());
            absent.addAll(missing);
            chartsListed = parsed.chartsListed();
            kept = parsed.entriesKept();
        } catch (IndexParseException e) {
            failure = e.reason(display);
        } catch (IOException e) {
            failure = "cannot read the downloaded index " + display + ": " + e.getMessage() + " — check disk space and try again";
        }
        String outcome = failure == null ? stat.outcome() : FetchedIndex.FAILED;
        stat = new FetchStat(repository, outcome, stat.bytes(), stat.fetchMillis(),
                stat.parseMillis() + millisSince(t0), stat.entriesKept() + kept);
    }

    private ChartAnswer answer(String chart) {
        if (failure != null) {
            return ChartAnswer.failed(failure);
        }
        List<Release> releases = known.get(chart);
        if (releases == null) {
            return ChartAnswer.failed("chart '" + chart + "' is not in " + display + " (" + chartsListed
                    + (chartsListed == 1 ? " chart" : " charts") + " listed) — check the chart name and the repository URL");
        }
        if (releases.isEmpty()) {
            return ChartAnswer.failed("chart '" + chart + "' is listed in " + display + " but has no versions");
        }
        return ChartAnswer.found(RepublishedVersions.distrust(releases));
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
