package io.kubesteward.sources.oci;

import io.kubesteward.model.PackageRef;
import io.kubesteward.model.SourceKind;
import io.kubesteward.sources.DigestResolver;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Digests (one HEAD per tag) and publisher dates (two to four GETs per tag) for the few versions
 * the pipeline asks about, at most {@link DigestResolver#MAX_VERSIONS} per call, remembered for the
 * run. A registry that fails for one tag is not asked about the rest of that call.
 */
final class TagDetails {
    private final RegistryLocator locator;
    private final ManifestReader manifests;
    private final ImageCreated dates;
    private final Map<String, Optional<String>> digests = new ConcurrentHashMap<>();
    private final Map<String, Optional<Instant>> created = new ConcurrentHashMap<>();

    private final Clock clock;

    TagDetails(RegistryLocator locator, ManifestReader manifests, Clock clock) {
        this.clock = clock;
        this.locator = locator;
        this.manifests = manifests;
        this.dates = new ImageCreated(manifests);
    }

    Map<String, String> digests(PackageRef pkg, Collection<String> versions) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            RegistryAddress addr = locator.locate(pkg);
            for (String version : bounded(versions)) {
                String tag = tag(pkg, version);
                String key = addr.display() + "@" + tag;
                Optional<String> digest = digests.get(key);
                if (digest == null) {
                    digest = ManifestReader.isTag(tag) ? manifests.digest(addr, tag) : Optional.empty();
                    digests.put(key, digest);
                }
                digest.ifPresent(d -> out.put(version, d));
            }
        } catch (RegistryFailure f) {
            // what was found stays; the planner reports the rest as unknown
        }
        return out;
    }

    Map<String, Instant> created(PackageRef pkg, Collection<String> versions) {
        Map<String, Instant> out = new LinkedHashMap<>();
        try {
            RegistryAddress addr = locator.locate(pkg);
            for (String version : bounded(versions)) {
                String tag = tag(pkg, version);
                String key = addr.display() + "@" + tag;
                Optional<Instant> date = created.get(key);
                if (date == null) {
                    Optional<ImageCreated.Found> found = ManifestReader.isTag(tag)
                            ? dates.find(addr, tag, clock.instant()) : Optional.empty();
                    found.ifPresent(f -> digests.putIfAbsent(key, Optional.of(f.digest())));
                    date = found.map(ImageCreated.Found::created);
                    created.put(key, date);
                }
                date.ifPresent(d -> out.put(version, d));
            }
        } catch (RegistryFailure f) {
            // as for digests
        }
        return out;
    }

    private static Set<String> bounded(Collection<String> versions) {
        Set<String> out = new LinkedHashSet<>();
        for (String v : versions) {
            if (out.size() == DigestResolver.MAX_VERSIONS) {
                break;
            }
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** Helm pushes chart version 1.2.3+build as the tag 1.2.3_build. */
    private static String tag(PackageRef pkg, String version) {
        return SourceKind.OCI_CHART.equals(pkg.kind()) ? version.replace('+', '_') : version;
    }
}
