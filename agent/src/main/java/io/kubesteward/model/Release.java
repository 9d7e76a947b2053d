package io.kubesteward.model;

import java.time.Instant;
import java.util.List;

/**
 * One published version of a package, with the metadata a PR explains it by. {@code created} may
 * be null when the source does not say; {@code changes} is untrusted publisher text (Artifact Hub's
 * {@code artifacthub.io/changes}) and may be null. {@code distrust}, when set, says why the source
 * itself casts doubt on this release (the same version published twice with different contents):
 * Steward never proposes it. {@code urls} are where the release's archive is published, as the
 * source lists them (a Helm index's {@code urls}: absolute, or relative to the repository).
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
        String distrust,
        List<String> urls) {

    public Release {
        if (version == null) {
            throw new IllegalArgumentException("version is required");
        }
        sources = sources == null ? List.of() : List.copyOf(sources);
        urls = urls == null ? List.of() : List.copyOf(urls);
    }

    public Release(String version, Instant created, String digest, String appVersion, String kubeVersion, boolean deprecated,
            String home, List<String> sources, String changes, String distrust) {
        this(version, created, digest, appVersion, kubeVersion, deprecated, home, sources, changes, distrust, List.of());
    }

    public Release(String version, Instant created, String digest, String appVersion, String kubeVersion, boolean deprecated,
            String home, List<String> sources, String changes) {
        this(version, created, digest, appVersion, kubeVersion, deprecated, home, sources, changes, null);
    }

    /** This release, not to be proposed, because of {@code why}. */
    public Release distrusted(String why) {
        return new Release(version, created, digest, appVersion, kubeVersion, deprecated, home, sources, changes, why, urls);
    }

    public static Release of(String version) {
        return new Release(version, null, null, null, null, false, null, List.of(), null);
    }
}
