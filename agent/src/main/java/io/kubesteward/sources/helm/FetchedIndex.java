package io.kubesteward.sources.helm;

import java.nio.file.Path;

/**
 * An index file on disk and how it was obtained. {@code release} frees a temporary download
 * once the run no longer needs the file.
 */
record FetchedIndex(Path file, String outcome, long bytes, Runnable release) {
    static final String DOWNLOADED = "downloaded";
    static final String NOT_MODIFIED = "not-modified";
    static final String MIRROR_FOLDER = "mirror-folder";
    static final String FAILED = "failed";
}
