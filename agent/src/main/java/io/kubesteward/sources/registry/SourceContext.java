package io.kubesteward.sources.registry;

import io.kubesteward.http.HttpCaller;
import io.kubesteward.http.HttpSettings;
import io.kubesteward.sources.CredentialRule;
import io.kubesteward.sources.Mirror;
import io.kubesteward.sources.git.RemoteTags;
import io.kubesteward.sources.oci.RegistryCredentials;
import java.util.List;

/**
 * What the run gives every version source, built once from configuration by the composition root.
 *
 * @param http the run's one HTTP caller
 * @param httpSettings its settings, for a source with a client of its own (Maven Resolver's transport)
 * @param mirrors URL prefixes read from elsewhere
 * @param credentials credentials by URL prefix, for chart and Maven repositories
 * @param maxIndexCodePoints the largest {@code index.yaml} read, in code points
 * @param registryLogins logins for OCI registries
 * @param insecureRegistries registry hosts spoken to over plain HTTP
 * @param gitTags how git remotes are asked for their tags, with the run's git credentials
 */
public record SourceContext(HttpCaller http, HttpSettings httpSettings, List<Mirror> mirrors, List<CredentialRule> credentials,
                            long maxIndexCodePoints, RegistryCredentials registryLogins, List<String> insecureRegistries,
                            RemoteTags gitTags) {
    public SourceContext {
        mirrors = List.copyOf(mirrors);
        credentials = List.copyOf(credentials);
        insecureRegistries = List.copyOf(insecureRegistries);
    }
}
