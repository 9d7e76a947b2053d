package io.kubesteward.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentProxiesTest {
    private static String via(ProxySelector selector, String url) {
        Proxy p = selector.select(URI.create(url)).get(0);
        return p == Proxy.NO_PROXY ? "direct" : ((InetSocketAddress) p.address()).getHostString() + ":" + ((InetSocketAddress) p.address()).getPort();
    }

    @Test
    void each_scheme_goes_through_its_own_proxy_and_no_proxy_hosts_go_direct() {
        ProxySelector selector = EnvironmentProxies.from(Map.of("HTTPS_PROXY", "http://secure.proxy:3128",
                "http_proxy", "plain.proxy:8080", "NO_PROXY", ".svc.cluster.local,10.0.0.0/8")).orElseThrow();
        assertEquals("secure.proxy:3128", via(selector, "https://charts.jetstack.io/index.yaml"));
        assertEquals("plain.proxy:8080", via(selector, "http://charts.example.com/index.yaml"));
        assertEquals("direct", via(selector, "https://gitea.tools.svc.cluster.local/api/v1"));
        assertEquals("direct", via(selector, "https://10.96.0.1:443/api"));
        assertEquals("direct", via(selector, "ssh://git@github.com/acme/gitops.git"));
    }

    @Test
    void lower_case_wins_as_curl_reads_it_and_no_variable_means_no_selector() {
        ProxySelector selector = EnvironmentProxies.from(Map.of("https_proxy", "http://lower:1", "HTTPS_PROXY", "http://upper:2")).orElseThrow();
        assertEquals("lower:1", via(selector, "https://example.com"));
        assertEquals("direct", via(selector, "http://example.com"), "HTTP_PROXY unset: plain HTTP goes direct");
        assertTrue(EnvironmentProxies.from(Map.of("NO_PROXY", "*")).isEmpty());
        assertTrue(EnvironmentProxies.from(Map.of("HTTPS_PROXY", " ")).isEmpty());
    }

    @Test
    void a_proxy_that_is_not_an_http_url_is_named_and_credentials_are_never_echoed() {
        IllegalArgumentException socks = assertThrows(IllegalArgumentException.class,
                () -> EnvironmentProxies.from(Map.of("HTTPS_PROXY", "socks5://proxy:1080")));
        assertTrue(socks.getMessage().startsWith("HTTPS_PROXY names no http:// proxy host"), socks.getMessage());
        IllegalArgumentException creds = assertThrows(IllegalArgumentException.class,
                () -> EnvironmentProxies.from(Map.of("https_proxy", "http://bob:hunter2-canary@proxy:3128")));
        assertTrue(creds.getMessage().startsWith("https_proxy holds credentials"), creds.getMessage());
        assertFalse(creds.getMessage().contains("hunter2-canary"));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> EnvironmentProxies.from(Map.of("HTTP_PROXY", "http://pro xy:80")));
        assertTrue(bad.getMessage().startsWith("HTTP_PROXY is not a URL"), bad.getMessage());
    }
}
