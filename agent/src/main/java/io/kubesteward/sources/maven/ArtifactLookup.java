package io.kubesteward.sources.maven;

import io.kubesteward.http.HttpSettings;
import io.kubesteward.model.FetchStat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Looks up one artifact in one repository through the run's resolver session. */
final class ArtifactLookup {
    private final ResolverSession session;
    private final HttpSettings http;

    ArtifactLookup(ResolverSession session, HttpSettings http) {
        this.session = session;
        this.http = http;
    }

    ArtifactAnswer answer(ArtifactKey key, RepositoryTarget target, Coordinates artifact) {
        long start = System.nanoTime();
        try {
            Path file = session.fetchMetadata(target, artifact, http);
            long fetched = System.nanoTime();
            long bytes = Files.size(file);
            String where = target.where(artifact.metadataPath());
            if (bytes > http.maxResponseBytes()) {
                return ArtifactAnswer.failed(key.statName(), where + " is " + bytes + " bytes, more than the limit of "
                        + http.maxResponseBytes() + " — raise http.maxIndexSize if metadata this big is expected",
                        millisSince(start));
            }
            MavenMetadata metadata = MavenMetadataParser.parse(file, where);
            String outcome = target instanceof RepositoryTarget.Folder ? ArtifactAnswer.MIRROR_FOLDER : ArtifactAnswer.DOWNLOADED;
            FetchStat stat = new FetchStat(key.statName(), outcome, bytes, (fetched - start) / 1_000_000,
                    millisSince(fetched), metadata.versions().size());
            return new ArtifactAnswer(metadata.releases(), null, stat);
        } catch (ArtifactUnavailable e) {
            return ArtifactAnswer.failed(key.statName(), e.getMessage(), millisSince(start));
        } catch (IOException e) {
            return ArtifactAnswer.failed(key.statName(), "cannot read the downloaded metadata of " + artifact + ": "
                    + e.getMessage(), millisSince(start));
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
