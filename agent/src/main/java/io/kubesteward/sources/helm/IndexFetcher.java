package io.kubesteward.sources.helm;

import io.kubesteward.http.Download;
import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpFailure;
import java.io.IOException;
import java.nio.file.Files;

/** Brings a repository index to a local file, over HTTP or from a mirror folder. */
final class IndexFetcher {
    private final HttpCaller http;

    IndexFetcher(HttpCaller http) {
        this.http = http;
    }

    FetchedIndex fetch(IndexLocation location) throws IndexUnavailable {
        if (location instanceof IndexLocation.Folder folder) {
            return fromFolder(folder);
        }
        IndexLocation.Remote remote = (IndexLocation.Remote) location;
        try {
            Download d = http.download(remote.uri(), remote.credentials());
            String outcome = d.notModified() ? FetchedIndex.NOT_MODIFIED : FetchedIndex.DOWNLOADED;
            return new FetchedIndex(d.body(), outcome, d.bytes(), d::close);
        } catch (HttpFailure f) {
            throw new IndexUnavailable(forRepository(f, remote).getMessage());
        }
    }

    private static FetchedIndex fromFolder(IndexLocation.Folder folder) throws IndexUnavailable {
        if (!Files.isRegularFile(folder.indexFile())) {
            throw new IndexUnavailable("the mirror folder has no " + folder.display()
                    + " — put the repository's index.yaml there, or fix the mirror folder");
        }
        try {
            return new FetchedIndex(folder.indexFile(), FetchedIndex.MIRROR_FOLDER, Files.size(folder.indexFile()), () -> { });
        } catch (IOException e) {
            throw new IndexUnavailable("cannot read " + folder.display() + ": " + e.getMessage());
        }
    }

    /** The HTTP caller's advice knows nothing of repositories; say what to check here. */
    private static HttpFailure forRepository(HttpFailure f, IndexLocation.Remote remote) {
        String via = remote.mirrorOf() == null ? "" : " (mirror for " + remote.mirrorOf() + ")";
        HttpFailure shown = switch (f.kind()) {
            case BLOCKED -> f.withHint("add the host to the allowed hosts, or configure a mirror for this repository");
            case STATUS -> f.status() == 404 || f.status() == 410
                    ? f.withHint("check the repository URL" + via)
                    : f.status() == 401 || f.status() == 403
                            ? f.withHint("check the credentials configured for this repository" + via)
                            : f;
            case TOO_LARGE -> f.withHint("raise http.maxIndexSize in Steward's config if an index this big is expected");
            default -> f;
        };
        return shown;
    }
}
