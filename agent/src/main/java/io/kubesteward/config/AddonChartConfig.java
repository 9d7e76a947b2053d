package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where an add-on's chart versions come from: a Helm repository ({@code https://…}) or an OCI registry ({@code oci://…}), and the chart. */
public record AddonChartConfig(String repository, String name) {
    @JsonCreator
    public AddonChartConfig(
            @JsonProperty(value = "repository", required = true) String repository,
            @JsonProperty(value = "name", required = true) String name) {
        this.repository = Urls.requireRepositoryUrl(repository, "repository");
        if (name == null || name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("'name' must be the chart's name, such as cert-manager");
        }
        this.name = name;
    }
}
