package io.kubesteward.app;

import io.kubesteward.config.ConfigError;
import io.kubesteward.config.RegistriesConfig;
import io.kubesteward.sources.oci.RegistryCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Registry logins from a docker {@code config.json}-format file: the configured one, else
 * {@code $DOCKER_CONFIG/config.json}, else {@code ~/.docker/config.json} when it exists.
 */
final class RegistryLogins {
    private RegistryLogins() {
    }

    static RegistryCredentials from(RegistriesConfig registries, Map<String, String> env) throws ConfigError {
        Path file = registries.dockerConfig() != null ? Path.of(registries.dockerConfig()) : implicit(env);
        if (file == null) {
            return RegistryCredentials.none();
        }
        try {
            return RegistryCredentials.fromDockerConfig(file);
        } catch (IOException e) {
            throw new ConfigError(file.toString(), 0, 0, "registry logins cannot be read: " + e.getMessage()
                    + " (set registries.dockerConfig to a docker config.json-format file)");
        }
    }

    private static Path implicit(Map<String, String> env) {
        String dockerConfig = env.get("DOCKER_CONFIG");
        Path candidate = dockerConfig != null ? Path.of(dockerConfig, "config.json")
                : env.get("HOME") == null ? null : Path.of(env.get("HOME"), ".docker", "config.json");
        return candidate != null && Files.isRegularFile(candidate) ? candidate : null;
    }
}
