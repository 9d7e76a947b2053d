package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A chart repository Steward should know about: its URL, the alias Chart.yaml files may use for it
 * ({@code repository: "@alias"}), and its credentials.
 */
public record ChartRepositoryConfig(String url, String alias, RepositoryAuth auth) {
    @JsonCreator
    public ChartRepositoryConfig(
            @JsonProperty(value = "url", required = true) String url,
            @JsonProperty("alias") String alias,
            @JsonProperty("auth") RepositoryAuth auth) {
        this.url = Urls.requireRepositoryUrl(url, "url");
        if (alias != null && !alias.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException("alias '" + alias + "' must be letters, digits, '.', '_' or '-' (write it without '@')");
        }
        this.alias = alias;
        this.auth = auth;
    }
}
