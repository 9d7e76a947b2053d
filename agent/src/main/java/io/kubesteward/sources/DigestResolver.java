package io.kubesteward.sources;

import io.kubesteward.model.LookupResult;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Per-version details that cost requests per version (a registry answers one manifest at a time),
 * so {@link ReleaseSource#lookup} leaves them out and the pipeline asks here only for the few
 * versions it needs after choosing: the current tag of a digest-pinned reference, the versions it
 * chose, {@code latest} for a digest-only reference, the newest candidates when a minimum release
 * age needs dates. One call resolves at most {@link #MAX_VERSIONS} versions (the rest are left
 * out), answers are remembered for the run, and a version the registry lacks or could not answer
 * for is simply absent: the planner then says the digest or date is unknown.
 */
public interface DigestResolver {
    int MAX_VERSIONS = 16;

    /** The manifest digest ({@code sha256:…}) of each version, as the registry serves it. */
    Map<String, String> digests(PackageRef pkg, Collection<String> versions);

    /**
     * When each version was built, as its publisher recorded it (the OCI annotation
     * {@code org.opencontainers.image.created}, else the image config's {@code created}).
     * Publisher-supplied, not a registry upload time; implausible values (reproducible builds stamp
     * 1970) are left out.
     */
    Map<String, Instant> created(PackageRef pkg, Collection<String> versions);

    /**
     * {@code result} with {@link Release#digest()} filled for {@code digestVersions} and
     * {@link Release#created()} for {@code dateVersions}, where the registry answered; a failed
     * result is returned as it is.
     */
    default LookupResult complete(LookupResult result, Collection<String> digestVersions, Collection<String> dateVersions) {
        if (!result.ok() || (digestVersions.isEmpty() && dateVersions.isEmpty())) {
            return result;
        }
        Map<String, String> digests = digestVersions.isEmpty() ? Map.of() : digests(result.pkg(), digestVersions);
        Map<String, Instant> dates = dateVersions.isEmpty() ? Map.of() : created(result.pkg(), dateVersions);
        List<Release> releases = result.releases().stream().map(r -> new Release(r.version(),
                r.created() != null ? r.created() : dates.get(r.version()),
                r.digest() != null ? r.digest() : digests.get(r.version()),
                r.appVersion(), r.kubeVersion(), r.deprecated(), r.home(), r.sources(), r.changes(), r.distrust(), r.urls())).toList();
        return LookupResult.found(result.pkg(), releases);
    }
}
