package io.kubesteward.sources.oci;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a tag's image was built, as its publisher recorded it: the annotation
 * {@code org.opencontainers.image.created} on the index or manifest, else the image config's
 * {@code created} (for an index, of its linux/amd64 image, else its first image). Two to four
 * requests per tag, so only asked for chosen tags. Dates before Docker existed (reproducible builds
 * stamp 1970 or year 1) or in the future are not dates.
 */
final class ImageCreated {
    static final String ANNOTATION = "org.opencontainers.image.created";
    private static final Instant EARLIEST = Instant.parse("2013-03-01T00:00:00Z");
    private static final long MAX_CONFIG_BYTES = 1024 * 1024;

    private final ManifestReader manifests;

    ImageCreated(ManifestReader manifests) {
        this.manifests = manifests;
    }

    /** The date, and the tag's digest learned on the way (empty when the tag is absent). */
    record Found(String digest, Instant created) {
    }

    Optional<Found> find(RegistryAddress addr, String tag, Instant now) throws RegistryFailure {
        Optional<ManifestReader.Manifest> top = manifests.get(addr, tag);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        JsonNode manifest = top.get().body();
        Instant created = annotated(manifest, now);
        if (created == null && manifest.has("manifests")) {
            String image = chooseImage(manifest.path("manifests"));
            Optional<ManifestReader.Manifest> platform = image == null ? Optional.empty() : manifests.get(addr, image);
            manifest = platform.map(ManifestReader.Manifest::body).orElse(null);
            created = manifest == null ? null : annotated(manifest, now);
        }
        if (created == null && manifest != null) {
            created = fromConfig(addr, manifest.path("config"), now);
        }
        return Optional.of(new Found(top.get().digest(), created));
    }

    private Instant fromConfig(RegistryAddress addr, JsonNode config, Instant now) throws RegistryFailure {
        String type = config.path("mediaType").asText("");
        String digest = config.path("digest").asText("");
        boolean image = type.equals("application/vnd.oci.image.config.v1+json")
                || type.equals("application/vnd.docker.container.image.v1+json");
        if (!image || !ManifestReader.DIGEST.matcher(digest).matches() || config.path("size").asLong(0) > MAX_CONFIG_BYTES) {
            return null;
        }
        return manifests.blob(addr, digest).map(c -> plausible(c.path("created").asText(""), now)).orElse(null);
    }

    private static Instant annotated(JsonNode manifest, Instant now) {
        return plausible(manifest.path("annotations").path(ANNOTATION).asText(""), now);
    }

    /** The linux/amd64 image of an index, else its first entry that is not an attestation. */
    private static String chooseImage(JsonNode entries) {
        String first = null;
        for (JsonNode e : entries) {
            String digest = e.path("digest").asText("");
            boolean attestation = e.path("annotations").has("vnd.docker.reference.type")
                    || "unknown".equals(e.path("platform").path("os").asText(""));
            if (!ManifestReader.DIGEST.matcher(digest).matches() || attestation) {
                continue;
            }
            JsonNode platform = e.path("platform");
            if ("linux".equals(platform.path("os").asText()) && "amd64".equals(platform.path("architecture").asText())) {
                return digest;
            }
            first = first == null ? digest : first;
        }
        return first;
    }

    static Instant plausible(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Instant t;
        try {
            t = OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
        return t.isBefore(EARLIEST) || t.isAfter(now.plusSeconds(86_400)) ? null : t;
    }
}
