package io.kubesteward.model;

import java.time.Instant;
import java.util.List;

/**
 * One published version of a package, with the metadata a PR explains it by. {@code created} may
 * be null when the source does not say; {@code changes} is untrusted publisher text (Artifact Hub's
 * {@code artifacthub.io/changes}) and may be null. {@code distrust}, when set, says why the source
 * itself casts doubt on this release (the same version published twice with different contents):
 * Steward never proposes it.
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
        String changes,
        String distrust) {

    public Release {
        if (version == null) {
            throw new IllegalArgumentException("version is required");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Release(String version, Instant created, String digest, String appVersion, String kubeVersion, boolean deprecated,
            String home, List<String> sources, String changes) {
        this(version, created, digest, appVersion, kubeVersion, deprecated, home, sources, changes, null);
    }

    /** This release, not to be proposed, because of {@code why}. */
    public Release distrusted(String why) {
        return new Release(version, created, digest, appVersion, kubeVersion, deprecated, home, sources, changes, why);
    }

    public static Release of(String version) {
        return new Release(version, null, null, null, null, false, null, List.of(), null);
    }
}
