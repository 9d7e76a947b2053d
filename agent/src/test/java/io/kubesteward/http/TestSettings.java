package io.kubesteward.http;

import java.time.Duration;

/** Settings that keep tests fast: short timeouts, few retries, tiny backoff. */
public final class TestSettings {
    private TestSettings() {
    }

    public static HttpSettings fast() {
        return HttpSettings.defaults()
                .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300))
                .withRetries(2, Duration.ofMillis(5), Duration.ofMillis(20));
    }
}
