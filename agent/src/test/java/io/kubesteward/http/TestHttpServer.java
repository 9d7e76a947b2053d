package io.kubesteward.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/** A real HTTP server on 127.0.0.1 for tests: routes by exact path, records every request. */
public final class TestHttpServer implements AutoCloseable {
    /** Decides the reply to the {@code nth} (1-based) request for a path. */
    @FunctionalInterface
    public interface Responder {
        Reply respond(RecordedRequest request, int nth);
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    private TestHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static TestHttpServer start() {
        try {
            return new TestHttpServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestHttpServer route(String path, Responder responder) {
        routes.put(path, responder);
        return this;
    }

    /** {@code http://127.0.0.1:port} without a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public URI url(String path) {
        return URI.create(base() + path);
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public List<RecordedRequest> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public int count(String path) {
        return requests(path).size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String path = exchange.getRequestURI().getRawPath();
            Map<String, List<String>> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
            byte[] body = exchange.getRequestBody().readAllBytes();
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(), path, headers,
                    exchange.getRequestURI().getRawQuery(), body);
            requests.add(request);
            int nth = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            Responder responder = routes.getOrDefault(path, (r, n) -> Reply.status(404));
            send(exchange, responder.respond(request, nth));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException, InterruptedException {
        Thread.sleep(reply.delay().toMillis());
        byte[] body = reply.gzip() ? gzip(reply.body()) : reply.body();
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        if (reply.gzip()) {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
        }
        boolean noBody = reply.status() == 304 || reply.status() == 204 || body.length == 0
                || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(reply.status(), noBody ? -1 : reply.chunked() ? 0 : body.length);
        if (noBody) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        if (reply.stall().isZero()) {
            out.write(body);
        } else {
            out.write(body, 0, body.length / 2);
            out.flush();
            Thread.sleep(reply.stall().toMillis());
            out.write(body, body.length / 2, body.length - body.length / 2);
        }
        out.flush();
    }

    private static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(raw);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
