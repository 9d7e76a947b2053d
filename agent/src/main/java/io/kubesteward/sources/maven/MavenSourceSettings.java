package io.kubesteward.sources.maven;

import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import java.util.List;

/**
 * What the composition root configures for Maven repositories; timeouts, retries, the user agent,
 * the size limit and the allowed hosts come from the run's {@code HttpSettings}.
 *
 * @param mirrors a URL mirror stands for a repository prefix; a folder mirror is a local directory
 *     in Maven repository layout ({@code com/example/lib/maven-metadata.xml})
 * @param credentials basic credentials by URL prefix, matched against the URL actually contacted
 * @param parallelFetches how many artifacts are looked up at once
 */
public record MavenSourceSettings(List<Mirror> mirrors, List<CredentialRule> credentials, int parallelFetches) {

    public MavenSourceSettings {
        mirrors = mirrors == null ? List.of() : List.copyOf(mirrors);
        credentials = credentials == null ? List.of() : List.copyOf(credentials);
        if (parallelFetches < 1) {
            throw new IllegalArgumentException("parallelFetches must be at least 1");
        }
    }

    public static MavenSourceSettings defaults() {
        return new MavenSourceSettings(List.of(), List.of(), 4);
    }

    public MavenSourceSettings withMirrors(List<Mirror> list) {
        return new MavenSourceSettings(list, credentials, parallelFetches);
    }

    public MavenSourceSettings withCredentials(List<CredentialRule> list) {
        return new MavenSourceSettings(mirrors, list, parallelFetches);
    }

    public MavenSourceSettings withParallelFetches(int n) {
        return new MavenSourceSettings(mirrors, credentials, n);
    }
}
