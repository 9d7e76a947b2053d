package io.kubesteward.app;

import io.kubesteward.config.HttpConfig;
import io.kubesteward.http.HttpSettings;
import java.nio.file.Path;
import java.util.HashSet;

/** The HTTP caller's settings from the {@code http:} section. */
final class HttpSettingsFactory {
    private HttpSettingsFactory() {
    }

    static HttpSettings from(HttpConfig h) {
        HttpSettings defaults = HttpSettings.defaults();
        HttpSettings settings = defaults
                .withTimeouts(h.connectTimeout().duration(), h.timeout().duration())
                .withRetries(h.retries(), defaults.baseBackoff(), defaults.maxBackoff())
                .withMaxResponseBytes(h.maxIndexSize().bytes())
                .withAllowedHosts(new HashSet<>(h.allowedHosts()));
        return h.cacheDir() == null ? settings : settings.withCacheDirectory(Path.of(h.cacheDir()));
    }
}
