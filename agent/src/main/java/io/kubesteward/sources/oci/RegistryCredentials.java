package io.kubesteward.sources.oci;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registry logins read from a docker {@code config.json}-format file ({@code auths.<registry>} with
 * {@code auth} = base64 of {@code user:password}, or {@code username}/{@code password}, or
 * {@code identitytoken}), as {@code docker login} writes it and a {@code kubernetes.io/dockerconfigjson}
 * Secret holds it. Credential helpers ({@code credsStore}, {@code credHelpers}) are programs Steward
 * does not run; the registries they name are remembered so that a refusal can say so.
 */
public final class RegistryCredentials {
    private static final RegistryCredentials NONE = new RegistryCredentials(Map.of(), Set.of(), null);

    private final Map<String, RegistryLogin> logins;
    private final Set<String> helperRegistries;
    private final String origin;

    private RegistryCredentials(Map<String, RegistryLogin> logins, Set<String> helperRegistries, String origin) {
        this.logins = Map.copyOf(logins);
        this.helperRegistries = Set.copyOf(helperRegistries);
        this.origin = origin;
    }

    public static RegistryCredentials none() {
        return NONE;
    }

    /** Reads {@code file}; the message of the IOException says what is wrong, never a secret. */
    public static RegistryCredentials fromDockerConfig(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("the docker config file " + file + " does not exist", null);
        }
        return parse(text, file.toString());
    }

    static RegistryCredentials parse(String json, String origin) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IOException("the docker config file " + origin + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ")", null);
        }
        if (root == null || !root.isObject()) {
            throw new IOException("the docker config file " + origin + " does not hold a JSON object", null);
        }
        Map<String, RegistryLogin> logins = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : root.path("auths").properties()) {
            login(e.getKey(), e.getValue(), origin).ifPresent(l -> logins.put(registryKey(e.getKey()), l));
        }
        Set<String> helpers = new HashSet<>();
        root.path("credHelpers").fieldNames().forEachRemaining(k -> helpers.add(registryKey(k)));
        if (root.hasNonNull("credsStore")) {
            helpers.add("*");
        }
        return new RegistryCredentials(logins, helpers, origin);
    }

    private static Optional<RegistryLogin> login(String registry, JsonNode entry, String origin) throws IOException {
        String identity = entry.path("identitytoken").asText("");
        if (!identity.isEmpty()) {
            return Optional.of(RegistryLogin.identityToken(identity));
        }
        String auth = entry.path("auth").asText("");
        if (!auth.isEmpty()) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(auth.trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new IOException("in " + origin + ", the auth of '" + registry + "' is not base64", null);
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw new IOException("in " + origin + ", the auth of '" + registry + "' is not base64 of user:password", null);
            }
            return Optional.of(RegistryLogin.basic(decoded.substring(0, colon), decoded.substring(colon + 1)));
        }
        String user = entry.path("username").asText("");
        return user.isEmpty() ? Optional.empty() : Optional.of(RegistryLogin.basic(user, entry.path("password").asText("")));
    }

    /** The login for a registry host ({@code ghcr.io}, {@code registry:5000}, any Docker Hub alias). */
    Optional<RegistryLogin> forRegistry(String host) {
        return Optional.ofNullable(logins.get(registryKey(host)));
    }

    /** Whether the file sends this registry to a credential helper instead of holding a login. */
    boolean helperFor(String host) {
        return helperRegistries.contains(registryKey(host)) || helperRegistries.contains("*");
    }

    /** Where the logins came from, for messages; null when there is no file. */
    String origin() {
        return origin;
    }

    /** {@code https://index.docker.io/v1/} → {@code docker.io}; {@code Registry:5000/x} → {@code registry:5000}. */
    static String registryKey(String raw) {
        String s = raw.trim().toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
        int slash = s.indexOf('/');
        String host = slash < 0 ? s : s.substring(0, slash);
        return RegistryHosts.isDockerHub(host) ? RegistryHosts.DOCKER_HUB : host;
    }

    @Override
    public String toString() {
        return "RegistryCredentials[" + logins.size() + " registries" + (origin == null ? "" : " from " + origin) + "]";
    }
}
