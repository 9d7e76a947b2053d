package io.kubesteward.sources.helm;

import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import java.util.List;

/**
 * What the composition root configures for Helm HTTP repositories.
 *
 * @param maxIndexCodePoints the largest index.yaml accepted, in Unicode code points (SnakeYAML's
 *     own default is 3 MiB, too small for big public repositories)
 * @param parallelFetches how many repositories are fetched and parsed at once
 */
public record HelmSourceSettings(
        List<Mirror> mirrors, List<CredentialRule> credentials, long maxIndexCodePoints, int parallelFetches) {

    /** The setting named in "index too large" failures. */
    public static final String MAX_INDEX_SETTING = "http.maxIndexSize";

    public HelmSourceSettings {
        mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
        credentials = credentials == null ? List.of() : List.copyOf(credentials);
        if (maxIndexCodePoints < 1 || maxIndexCodePoints > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxIndexCodePoints must be between 1 and " + Integer.MAX_VALUE);
        }
        if (parallelFetches < 1) {
            throw new IllegalArgumentException("parallelFetches must be at least 1");
        }
    }

    public static HelmSourceSettings defaults() {
        return new HelmSourceSettings(List.of(), List.of(), 64L * 1024 * 1024, 4);
    }

    public HelmSourceSettings withMirrors(List<Mirror> list) {
        return new HelmSourceSettings(list, credentials, maxIndexCodePoints, parallelFetches);
    }

    public HelmSourceSettings withCredentials(List<CredentialRule> list) {
        return new HelmSourceSettings(mirrors, list, maxIndexCodePoints, parallelFetches);
    }

    public HelmSourceSettings withMaxIndexCodePoints(long limit) {
        return new HelmSourceSettings(mirrors, credentials, limit, parallelFetches);
    }

    public HelmSourceSettings withParallelFetches(int n) {
        return new HelmSourceSettings(mirrors, credentials, maxIndexCodePoints, n);
    }
}
