package io.kubesteward.acceptance;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** Serves a folder read-only on 127.0.0.1, as the corpus chart repository's serve.sh does. */
final class StaticServer implements AutoCloseable {
    private final HttpServer server;

    private StaticServer(HttpServer server) {
        this.server = server;
    }

    /** Starts on {@code port}; if something already serves there (serve.sh), that one is used. */
    static StaticServer start(Path root, int port) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (BindException alreadyServed) {
            return new StaticServer(null);
        }
        server.createContext("/", exchange -> {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
                Files.copy(file, out);
            }
        });
        server.start();
        return new StaticServer(server);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
        }
    }
}
