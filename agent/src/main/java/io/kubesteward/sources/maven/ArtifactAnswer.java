package io.kubesteward.sources.maven;

import io.kubesteward.model.FetchStat;
import io.kubesteward.model.Release;
import java.util.List;

/** What one (repository, artifact) lookup gave in this run: releases or a reason, and how it went. */
record ArtifactAnswer(List<Release> releases, String failure, FetchStat stat) {
    static final String DOWNLOADED = "downloaded";
    static final String MIRROR_FOLDER = "mirror-folder";
    static final String FAILED = "failed";

    ArtifactAnswer {
        releases = releases == null ? List.of() : List.copyOf(releases);
    }

    static ArtifactAnswer failed(String statName, String why, long fetchMillis) {
        return new ArtifactAnswer(List.of(), why, new FetchStat(statName, FAILED, 0, fetchMillis, 0, 0));
    }
}
