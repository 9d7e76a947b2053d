package io.kubesteward.model;

import java.time.Instant;
import java.util.List;

/**
 * One published version of a package, with the metadata a PR explains it by. {@code created} may
 * be null when the source does not say; {@code changes} is untrusted publisher text (Artifact Hub's
 * {@code artifacthub.io/changes}) and may be null.
 */
public record Release(
        String version,
        Instant created,
        String digest,
        String appVersion,
        String kubeVersion,
        boolean deprecated,
        String home,
        List<String> sources,
        String changes) {

    public Release {
        if (version == null) {
            throw new IllegalArgumentException("version is required");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public static Release of(String version) {
        return new Release(version, null, null, null, null, false, null, List.of(), null);
    }
}
