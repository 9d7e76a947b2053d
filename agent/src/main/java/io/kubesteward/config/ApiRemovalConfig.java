package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;

/**
 * One entry of {@code removedApis:} (shipped in {@code rules/removed-apis.yaml}, extendable in Rules and Config
 * files): a kind at an API version that Kubernetes stops serving from minor {@code removedIn} on, and the version
 * to write instead. A later entry for the same apiVersion and kind replaces an earlier one.
 */
public record ApiRemovalConfig(String apiVersion, String kind, String removedIn, String replacement) {
    private static final Pattern API_VERSION = Pattern.compile("([a-z0-9.-]+/)?v[0-9]+((alpha|beta)[0-9]+)?");
    private static final Pattern MINOR = Pattern.compile("1\\.[0-9]{1,3}");

    @JsonCreator
    public ApiRemovalConfig(@JsonProperty(value = "apiVersion", required = true) String apiVersion,
                            @JsonProperty(value = "kind", required = true) String kind,
                            @JsonProperty(value = "removedIn", required = true) String removedIn,
                            @JsonProperty("replacement") String replacement) {
        if (apiVersion == null || !API_VERSION.matcher(apiVersion).matches()) {
            throw new IllegalArgumentException("'apiVersion' is '" + apiVersion + "'; write it as group/version (policy/v1beta1) or v1");
        }
        if (kind == null || !kind.matches("[A-Z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("'kind' is '" + kind + "'; write the kind as the API names it (PodSecurityPolicy)");
        }
        if (removedIn == null || !MINOR.matcher(removedIn).matches()) {
            throw new IllegalArgumentException("'removedIn' is '" + removedIn + "'; write the Kubernetes minor that stops serving it, as 1.25");
        }
        if (replacement != null && !API_VERSION.matcher(replacement).matches()) {
            throw new IllegalArgumentException("'replacement' is '" + replacement + "'; write it as group/version (policy/v1)");
        }
        this.apiVersion = apiVersion;
        this.kind = kind;
        this.removedIn = removedIn;
        this.replacement = replacement;
    }
}
