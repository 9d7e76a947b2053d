package io.kubesteward.sources.oci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kubesteward.http.ApiRequest;
import io.kubesteward.http.ApiResponse;
import io.kubesteward.http.Credentials;
import io.kubesteward.http.HttpFailure;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One tag's manifest: its digest by {@code HEAD /v2/<name>/manifests/<tag>}, or the manifest itself.
 * Every answer is checked before use: a digest is written into people's files.
 */
final class ManifestReader {
    /** Multi-platform indexes first, so that a tag's digest is the one {@code docker pull} resolves. */
    static final String ACCEPT = String.join(", ",
            "application/vnd.oci.image.index.v1+json",
            "application/vnd.docker.distribution.manifest.list.v2+json",
            "application/vnd.oci.image.manifest.v1+json",
            "application/vnd.docker.distribution.manifest.v2+json");
    static final Pattern DIGEST = Pattern.compile("sha256:[a-f0-9]{64}|sha512:[a-f0-9]{128}");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistryClient client;

    ManifestReader(RegistryClient client) {
        this.client = client;
    }

    /** A manifest as served: its digest and parsed body. */
    record Manifest(String digest, JsonNode body) {
    }

    static boolean isTag(String tag) {
        return tag != null && TAG.matcher(tag).matches();
    }

    /** The digest of {@code tag}; empty when the registry has no such tag or does not say. */
    Optional<String> digest(RegistryAddress addr, String tag) throws RegistryFailure {
        ApiResponse r = send(addr, ApiRequest.head(addr.manifest(tag), Credentials.none()));
        if (r.status() == 404) {
            return Optional.empty();
        }
        if (!r.successful()) {
            throw RegistryErrors.refused(addr, r, client);
        }
        Optional<String> header = r.header("Docker-Content-Digest").map(String::trim).filter(d -> DIGEST.matcher(d).matches());
        return header.isPresent() ? header : get(addr, tag).map(Manifest::digest);
    }

    /** The manifest at {@code reference} (a tag or a digest); empty when the registry has none. */
    Optional<Manifest> get(RegistryAddress addr, String reference) throws RegistryFailure {
        ApiResponse r = send(addr, ApiRequest.get(addr.manifest(reference), Credentials.none()));
        if (r.status() == 404) {
            return Optional.empty();
        }
        if (!r.successful()) {
            throw RegistryErrors.refused(addr, r, client);
        }
        byte[] body = r.body();
        String digest = "sha256:" + HexFormat.of().formatHex(sha256(body));
        if (reference.startsWith("sha256:") && !reference.equals(digest)) {
            throw new RegistryFailure("registry " + addr.registry() + " served a manifest of " + addr.display()
                    + " whose content does not match its digest " + reference);
        }
        try {
            return Optional.of(new Manifest(digest, JSON.readTree(body)));
        } catch (IOException e) {
            throw new RegistryFailure("registry " + addr.registry() + " served a manifest of " + addr.display()
                    + " that is not JSON");
        }
    }

    /** A JSON blob (an image config), at most {@code maxBytes}; empty when absent. */
    Optional<JsonNode> blob(RegistryAddress addr, String digest) throws RegistryFailure {
        ApiResponse r;
        try {
            r = client.send(addr, ApiRequest.get(addr.blob(digest), Credentials.none()));
        } catch (HttpFailure f) {
            throw RegistryErrors.unreachable(addr, f);
        }
        if (!r.successful()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(r.body()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private ApiResponse send(RegistryAddress addr, ApiRequest request) throws RegistryFailure {
        try {
            return client.send(addr, request.withHeader("Accept", ACCEPT));
        } catch (HttpFailure f) {
            throw RegistryErrors.unreachable(addr, f);
        }
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
