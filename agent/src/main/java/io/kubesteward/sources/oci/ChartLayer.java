package io.kubesteward.sources.oci;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubesteward.http.Credentials;
import io.kubesteward.model.PackageRef;
import io.kubesteward.model.Release;
import io.kubesteward.render.ArchiveLocation;
import io.kubesteward.sources.ArchiveResolver.ArchiveUnlocatable;
import java.util.Optional;

/**
 * Where an OCI-hosted chart version's archive is: the chart layer of the tag's manifest (as {@code helm push} writes
 * it), fetched as a blob with the authorization the manifest needed, and checked against the layer's digest.
 */
final class ChartLayer {
    static final String CHART_MEDIA_TYPE = "application/vnd.cncf.helm.chart.content.v1.tar+gzip";
    /** What Helm's first OCI support (3.0–3.6, experimental) pushed. */
    private static final String LEGACY_MEDIA_TYPE = "application/tar+gzip";

    private final RegistryLocator locator;
    private final ManifestReader manifests;
    private final RegistryClient client;

    ChartLayer(RegistryLocator locator, ManifestReader manifests, RegistryClient client) {
        this.locator = locator;
        this.manifests = manifests;
        this.client = client;
    }

    ArchiveLocation locate(PackageRef pkg, Release release) throws ArchiveUnlocatable {
        String tag = release.version().replace('+', '_'); // Helm's tag for a version with build metadata
        try {
            RegistryAddress addr = locator.locate(pkg);
            if (!ManifestReader.isTag(tag)) {
                throw new ArchiveUnlocatable(pkg.name() + " " + release.version() + " is not a valid OCI tag");
            }
            ManifestReader.Manifest manifest = manifests.get(addr, tag).orElseThrow(() -> new ArchiveUnlocatable(
                    "registry " + addr.registry() + " has no tag " + tag + " of " + addr.display() + addr.via()));
            JsonNode layer = layer(manifest.body()).orElseThrow(() -> new ArchiveUnlocatable("the manifest of " + addr.display()
                    + ":" + tag + " has no Helm chart layer (" + CHART_MEDIA_TYPE + "); it is not a chart pushed by helm push"));
            String digest = layer.path("digest").asText("");
            if (!digest.startsWith("sha256:") || !ManifestReader.DIGEST.matcher(digest).matches()) {
                throw new ArchiveUnlocatable("the chart layer of " + addr.display() + ":" + tag + " has no sha256 digest ('"
                        + digest.replaceAll("\\p{Cntrl}", " ") + "'), so its content could not be checked");
            }
            Credentials auth = client.authorization(addr);
            return new ArchiveLocation.Remote(addr.blob(digest), auth, digest.substring("sha256:".length()));
        } catch (RegistryFailure f) {
            throw new ArchiveUnlocatable("the archive of " + pkg.name() + " " + release.version() + ": " + f.getMessage());
        }
    }

    private static Optional<JsonNode> layer(JsonNode manifest) {
        for (JsonNode layer : manifest.path("layers")) {
            String type = layer.path("mediaType").asText("");
            if (type.equals(CHART_MEDIA_TYPE) || type.equals(LEGACY_MEDIA_TYPE)) {
                return Optional.of(layer);
            }
        }
        return Optional.empty();
    }
}
