package io.kubesteward.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code cluster:} section: its presence asks Steward to read the live cluster on every plan and
 * run (the kubeconfig's {@code context}, or the in-cluster service account when there is no
 * kubeconfig). {@code namespaces} empty means all; {@code excludeNamespaces} wins over it. Helm
 * release Secrets hold values, which can hold secrets, so they are read only when
 * {@code helmReleaseSecrets} is true. Null fields mean "not set here".
 */
public record ClusterConfig(String context, List<String> namespaces, List<String> excludeNamespaces, Boolean helmReleaseSecrets,
        Age timeout) {
    /** A Kubernetes namespace name (RFC 1123 label). */
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");

    @JsonCreator
    public ClusterConfig(
            @JsonProperty("context") String context,
            @JsonProperty("namespaces") List<String> namespaces,
            @JsonProperty("excludeNamespaces") List<String> excludeNamespaces,
            @JsonProperty("helmReleaseSecrets") Boolean helmReleaseSecrets,
            @JsonProperty("timeout") Age timeout) {
        if (context != null && context.isBlank()) {
            throw new IllegalArgumentException("'context' must name a kubeconfig context (kubectl config get-contexts lists them)");
        }
        this.context = context;
        this.namespaces = namespaces == null ? null : checked(namespaces, "namespaces");
        this.excludeNamespaces = excludeNamespaces == null ? null : checked(excludeNamespaces, "excludeNamespaces");
        this.helmReleaseSecrets = helmReleaseSecrets;
        if (timeout != null && timeout.duration().isZero()) {
            throw new IllegalArgumentException("'timeout' must be longer than 0s (the default is 10s)");
        }
        this.timeout = timeout;
    }

    public ClusterConfig(String context, List<String> namespaces, List<String> excludeNamespaces, Boolean helmReleaseSecrets) {
        this(context, namespaces, excludeNamespaces, helmReleaseSecrets, null);
    }

    /** How long one request to the API server may take; null: the default. */
    public java.time.Duration requestTimeout() {
        return timeout == null ? null : timeout.duration();
    }

    /** This section's settings over an earlier layer's. */
    public ClusterConfig over(ClusterConfig base) {
        if (base == null) {
            return this;
        }
        return new ClusterConfig(GitConfig.pick(context, base.context), GitConfig.pick(namespaces, base.namespaces),
                GitConfig.pick(excludeNamespaces, base.excludeNamespaces), GitConfig.pick(helmReleaseSecrets, base.helmReleaseSecrets),
                GitConfig.pick(timeout, base.timeout));
    }

    public List<String> namespacesOrAll() {
        return namespaces == null ? List.of() : namespaces;
    }

    public List<String> excludedNamespaces() {
        return excludeNamespaces == null ? List.of() : excludeNamespaces;
    }

    public boolean readsHelmReleaseSecrets() {
        return Boolean.TRUE.equals(helmReleaseSecrets);
    }

    /** Whether {@code name} can be a Kubernetes namespace (an RFC 1123 label). */
    public static boolean isNamespaceName(String name) {
        return name != null && NAMESPACE.matcher(name).matches();
    }

    private static List<String> checked(List<String> names, String field) {
        for (String name : names) {
            if (name == null || !NAMESPACE.matcher(name).matches()) {
                throw new IllegalArgumentException("'" + field + "' holds '" + name + "', which is not a namespace name "
                        + "(lower-case letters, digits and '-', at most 63 characters)");
            }
        }
        return List.copyOf(names);
    }
}
