package io.kubesteward.observability;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daemon's HTTP endpoint: {@code GET /metrics} (Prometheus text) and {@code GET /healthz}
 * ("ok", or 503 with why when runs keep failing, for a liveness probe). Nothing else, and no
 * request body is ever read.
 */
public final class MetricsServer implements AutoCloseable {
    /** Where {@code steward daemon} listens unless configured otherwise. */
    public static final String DEFAULT_BIND = "0.0.0.0:9090";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);

    private final HttpServer server;
    private final ExecutorService executor;

    private MetricsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Listens on {@code address} (port 0: any free port) and serves what {@code exposition} returns at each scrape. */
    public static MetricsServer start(InetSocketAddress address, Supplier<String> exposition) throws IOException {
        return start(address, exposition, Optional::empty);
    }

    /** As above; {@code unhealthy} says why {@code /healthz} should fail, when it should. */
    public static MetricsServer start(InetSocketAddress address, Supplier<String> exposition, Supplier<Optional<String>> unhealthy)
            throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(address, 16);
        } catch (IOException e) {
            throw new IOException("cannot serve metrics on " + address.getHostString() + ":" + address.getPort() + ": " + e.getMessage()
                    + " (is the port taken? set metrics.bind to another host:port)", e);
        }
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "steward-metrics");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> handle(exchange, exposition, unhealthy));
        server.start();
        MetricsServer started = new MetricsServer(server, executor);
        LOG.info("serving metrics on {} and health on /healthz", started.metricsUrl());
        return started;
    }

    /**
     * {@code host:port}, {@code :port} (every interface) or {@code [v6]:port}.
     *
     * @throws IllegalArgumentException with the expected form
     */
    public static InetSocketAddress parseBind(String hostPort) {
        String s = hostPort == null ? "" : hostPort.strip();
        int colon = s.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("metrics bind address '" + hostPort + "' needs a port: host:port, e.g. " + DEFAULT_BIND);
        }
        String host = s.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(s.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("metrics bind address '" + hostPort + "': the port must be 0-65535");
        }
        return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Where Prometheus scrapes, as a URL: {@code http://0.0.0.0:9090/metrics}, an IPv6 host in brackets. */
    public String metricsUrl() {
        InetSocketAddress a = address();
        String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/metrics";
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void handle(HttpExchange exchange, Supplier<String> exposition, Supplier<Optional<String>> unhealthy) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (!path.equals("/metrics") && !path.equals("/healthz")) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found: try /metrics\n");
                return;
            }
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "only GET and HEAD\n");
                return;
            }
            if (path.equals("/healthz")) {
                Optional<String> why = unhealthy.get();
                send(exchange, why.isPresent() ? 503 : 200, "text/plain; charset=utf-8", why.map(w -> "unhealthy: " + w).orElse("ok") + "\n");
                return;
            }
            String body;
            try {
                body = exposition.get();
            } catch (RuntimeException e) {
                LOG.warn("rendering metrics failed: {}", e.toString());
                send(exchange, 500, "text/plain; charset=utf-8", "metrics unavailable\n");
                return;
            }
            send(exchange, 200, PrometheusText.CONTENT_TYPE, body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
