package io.kubesteward.sources.maven;

import io.kubesteward.model.Release;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an artifact's {@code maven-metadata.xml} says: its versions in the file's order, the ones it
 * names latest and release, and when it was last updated (null when absent or unreadable).
 */
record MavenMetadata(List<String> versions, String latest, String release, Instant lastUpdated) {
    MavenMetadata {
        versions = List.copyOf(versions);
    }

    /**
     * Every version as a release. {@code lastUpdated} is when the metadata last changed, which is when
     * the newest version was deployed (or later, when a repository manager rebuilt the file), so it
     * dates only that version: the one named latest, else release. The others stay undated rather
     * than fetching a POM per version.
     */
    List<Release> releases() {
        String newest = latest != null ? latest : release;
        List<Release> out = new ArrayList<>();
        for (String v : versions) {
            Instant created = lastUpdated != null && v.equals(newest) ? lastUpdated : null;
            out.add(new Release(v, created, null, null, null, false, null, List.of(), null));
        }
        return out;
    }
}
