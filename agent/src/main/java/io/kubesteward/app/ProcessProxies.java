package io.kubesteward.app;

import io.kubesteward.http.EnvironmentProxies;
import java.net.ProxySelector;
import java.util.Map;

/** Makes the environment's proxies the JVM's, once, before anything connects: HTTP, git and Maven go through them. */
public final class ProcessProxies {
    private ProcessProxies() {
    }

    /** @throws IllegalArgumentException naming the variable, when a proxy variable is not a usable proxy URL */
    public static void install(Map<String, String> env) {
        EnvironmentProxies.from(env).ifPresent(ProxySelector::setDefault);
    }
}
