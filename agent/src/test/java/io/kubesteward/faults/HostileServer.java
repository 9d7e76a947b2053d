package io.kubesteward.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A chart repository or registry on 127.0.0.1 that misbehaves on purpose. Every behaviour is bounded
 * in bytes and time and stops by itself, whether or not the client hangs up.
 */
final class HostileServer implements AutoCloseable {
    /** Bounds of the endless and dripping bodies: far past any limit Steward sets, short of a stuck test. */
    static final long ENDLESS_BYTES = 512L * 1024 * 1024;
    static final Duration LONGEST = Duration.ofSeconds(60);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    private HostileServer(String host) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    static HostileServer start() {
        try {
            return new HostileServer("127.0.0.1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The Authorization header of every request ({@code (none)} when none was sent). */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    List<String> paths() {
        return List.copyOf(paths);
    }

    HostileServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            authorizations.add(java.util.Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Authorization"), "(none)"));
            paths.add(exchange.getRequestURI().getPath());
            try {
                handler.handle(exchange);
            } catch (IOException e) {
                // the client hung up: what every hostile body is waiting for
            } finally {
                exchange.close();
            }
        });
        return this;
    }

    static HttpHandler ok(String body) {
        return status(200, body);
    }

    static HttpHandler bytes(byte[] body) {
        return exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        };
    }

    static HttpHandler status(int code, String body) {
        return withHeaders(code, body);
    }

    /** {@code headers}: name, value, name, value… */
    static HttpHandler withHeaders(int code, String body, String... headers) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange -> {
            for (int i = 0; i < headers.length; i += 2) {
                exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
            }
            exchange.sendResponseHeaders(code, bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        };
    }

    /** A 200 whose body never ends (without Content-Length): a YAML comment line after another. */
    static HttpHandler endless() {
        byte[] line = "# and more entries are coming\n".repeat(2048).getBytes(StandardCharsets.UTF_8);
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("apiVersion: v1\nentries:\n".getBytes(StandardCharsets.UTF_8));
            long deadline = System.nanoTime() + LONGEST.toNanos();
            for (long sent = 0; sent < ENDLESS_BYTES && System.nanoTime() < deadline; sent += line.length) {
                out.write(line);
            }
        };
    }

    /** Takes the request and never answers it (until {@link #LONGEST} or the server stops). */
    static HttpHandler silent() {
        return exchange -> {
            try {
                Thread.sleep(LONGEST.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** A 200 that sends one byte at each {@code every}: never idle long enough to look stalled. */
    static HttpHandler drip(Duration every) {
        return exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            long deadline = System.nanoTime() + LONGEST.toNanos();
            try {
                while (System.nanoTime() < deadline) {
                    out.write('#');
                    out.flush();
                    Thread.sleep(every.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** {@code Content-Encoding: gzip} whose {@code compressedBytes}-odd body inflates to {@code inflated} bytes. */
    static HttpHandler gzipBomb(long inflated) {
        byte[] bomb = gzipOfZeros(inflated);
        return exchange -> {
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            exchange.sendResponseHeaders(200, bomb.length);
            exchange.getResponseBody().write(bomb);
        };
    }

    static byte[] gzipOfZeros(long inflated) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            byte[] zeros = new byte[1 << 20];
            for (long n = 0; n < inflated; n += zeros.length) {
                gzip.write(zeros, 0, (int) Math.min(zeros.length, inflated - n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
