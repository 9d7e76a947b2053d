package io.kubesteward.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The proxies a pod's environment names ({@code HTTPS_PROXY}, {@code HTTP_PROXY}, {@code NO_PROXY},
 * upper or lower case, lower first as curl reads them), as a {@link ProxySelector} for the JDK
 * HTTP client, JGit and Maven Resolver alike. The Kubernetes client reads the same variables itself.
 */
public final class EnvironmentProxies extends ProxySelector {
    private final Proxy https;
    private final Proxy http;
    private final NoProxy noProxy;

    private EnvironmentProxies(Proxy https, Proxy http, NoProxy noProxy) {
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
    }

    /**
     * The selector for {@code env}; empty when it names no proxy.
     *
     * @throws IllegalArgumentException naming the variable, when a proxy is not a URL such as {@code http://proxy:3128}
     */
    public static Optional<ProxySelector> from(Map<String, String> env) {
        Proxy https = proxy(env, "https_proxy");
        Proxy http = proxy(env, "http_proxy");
        if (https == null && http == null) {
            return Optional.empty();
        }
        return Optional.of(new EnvironmentProxies(https, http, NoProxy.parse(variable(env, "no_proxy").map(Map.Entry::getValue).orElse(""))));
    }

    @Override
    public List<Proxy> select(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Proxy proxy = scheme.equals("https") ? https : scheme.equals("http") ? http : null;
        if (proxy == null || uri.getHost() == null) {
            return List.of(Proxy.NO_PROXY);
        }
        int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return List.of(noProxy.direct(uri.getHost(), port) ? Proxy.NO_PROXY : proxy);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // one proxy per scheme: nothing to fall back to; the failure itself says to check the proxy
    }

    private static Optional<Map.Entry<String, String>> variable(Map<String, String> env, String lower) {
        for (String name : List.of(lower, lower.toUpperCase(Locale.ROOT))) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(Map.entry(name, value.trim()));
            }
        }
        return Optional.empty();
    }

    private static Proxy proxy(Map<String, String> env, String lower) {
        Optional<Map.Entry<String, String>> variable = variable(env, lower);
        if (variable.isEmpty()) {
            return null;
        }
        String name = variable.get().getKey();
        String value = variable.get().getValue();
        String text = value.contains("://") ? value : "http://" + value;
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name + " is not a URL: " + e.getReason() + " — set it as http://proxy.example:3128");
        }
        if (uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException(name + " names no http:// proxy host — set it as http://proxy.example:3128"
                    + " (Steward speaks to proxies in plain HTTP and tunnels TLS through them)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(name + " holds credentials, which Steward does not send to proxies"
                    + " — use a proxy that admits the pod by address, or open an issue");
        }
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort() == -1 ? 80 : uri.getPort()));
    }
}
