package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Container and OCI registries: where credentials come from (a docker {@code config.json}-format
 * file, as a mounted {@code kubernetes.io/dockerconfigjson} Secret provides) and which registries
 * speak plain HTTP.
 */
public record RegistriesConfig(String dockerConfig, List<String> insecure) {
    public static final RegistriesConfig DEFAULTS = new RegistriesConfig(null, List.of());

    @JsonCreator
    public RegistriesConfig(@JsonProperty("dockerConfig") String dockerConfig, @JsonProperty("insecure") List<String> insecure) {
        if (insecure != null) {
            for (String host : insecure) {
                if (host.contains("/") || host.isBlank()) {
                    throw new IllegalArgumentException("'insecure' lists registry hosts such as 'registry.local:5000', got '" + host + "'");
                }
            }
        }
        this.dockerConfig = dockerConfig;
        this.insecure = insecure == null ? null : List.copyOf(insecure);
    }

    public RegistriesConfig over(RegistriesConfig base) {
        return new RegistriesConfig(GitConfig.pick(dockerConfig, base.dockerConfig), GitConfig.pick(insecure, base.insecure));
    }

    RegistriesConfig withDockerConfig(String absolute) {
        return new RegistriesConfig(absolute, insecure);
    }
}
