package io.kubesteward.sources.maven;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Maven repositories in standard layout, served on 127.0.0.1 from src/test/resources/sources/maven:
 * {@code /public/...} and {@code /other/...} as they are, {@code /private/...} only with basic
 * credentials {@link #USER}:{@link #PASSWORD} (401 without), {@code /broken/...} answers 500,
 * {@code /slow/...} answers after two seconds. Records every request path.
 */
final class MavenRepositoryServer implements AutoCloseable {
    static final String USER = "steward";
    static final String PASSWORD = "CANARY-7f3c-maven-PASSWORD";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<String> requests = new CopyOnWriteArrayList<>();

    private MavenRepositoryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static MavenRepositoryServer start() {
        try {
            return new MavenRepositoryServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The root of the layouts on disk (public/, other/, private/), usable as a mirror folder. */
    static Path layouts() {
        try {
            return Path.of(MavenRepositoryServer.class.getResource("/sources/maven").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    long count(String path) {
        return requests.stream().filter(path::equals).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(path);
        try (exchange) {
            if (path.startsWith("/broken/")) {
                exchange.sendResponseHeaders(500, -1);
                return;
            }
            if (path.startsWith("/slow/")) {
                sleep();
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            if (path.startsWith("/private/") && !authorized(exchange)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"maven\"");
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            Path file = layouts().resolve(path.substring(1)).normalize();
            if (!file.startsWith(layouts()) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().add("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static boolean authorized(HttpExchange exchange) {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static void sleep() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
