package io.kubesteward.forge.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP server on 127.0.0.1 for fake forges: routes by method and raw-path pattern, records every
 * call, and can be told to answer the next matching calls with scripted answers first.
 */
public final class FakeServer implements AutoCloseable {
    /** Answers one call; {@code path} groups are the route pattern's. */
    @FunctionalInterface
    public interface Handler {
        Answer handle(Call call, Matcher path);
    }

    private record Route(String method, Pattern path, Handler handler) {
    }

    private record Scripted(String method, Pattern path, Deque<Answer> answers) {
    }

    static {
        // Small answers otherwise wait for the client's delayed ACK (Nagle): about 40 ms per call on loopback.
        // Read once per JVM, so it helps only if no HttpServer was made before; it changes timing, not behaviour.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Scripted> scripted = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    public FakeServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:port}, no trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public FakeServer route(String method, String pathRegex, Handler handler) {
        routes.add(new Route(method, Pattern.compile(pathRegex), handler));
        return this;
    }

    /** The next calls matching method and path get these answers, in order, before the routes see any. */
    public FakeServer script(String method, String pathRegex, Answer... answers) {
        scripted.add(new Scripted(method, Pattern.compile(pathRegex), new ArrayDeque<>(List.of(answers))));
        return this;
    }

    /** Where a held call waits: before the server acts on it, or after acting but before answering. */
    public enum Moment { BEFORE_ACTING, BEFORE_ANSWERING }

    private record Hold(String method, Pattern path, int nth, Moment moment, CountDownLatch reached,
            AtomicInteger seen) {
    }

    private final List<Hold> holds = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    /**
     * The {@code nth} call matching method and path stops at {@code moment} until the server closes
     * (or a minute passes): the test kills the client meanwhile. {@code reached} counts down when it stops.
     */
    public FakeServer hold(String method, String pathRegex, int nth, Moment moment, CountDownLatch reached) {
        holds.add(new Hold(method, Pattern.compile(pathRegex), nth, moment, reached, new AtomicInteger()));
        return this;
    }

    private void pauseIfHeld(Call call, Moment moment) {
        for (Hold h : holds) {
            if (h.moment() == moment && h.method().equals(call.method()) && h.path().matcher(call.path()).matches()
                    && h.seen().incrementAndGet() == h.nth()) {
                h.reached().countDown();
                try {
                    released.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method, String pathRegex) {
        Pattern p = Pattern.compile(pathRegex);
        return calls.stream().filter(c -> c.method().equals(method) && p.matcher(c.path()).matches()).toList();
    }

    private synchronized Answer answer(Call call) {
        for (Scripted s : scripted) {
            if (s.method().equals(call.method()) && s.path().matcher(call.path()).matches() && !s.answers().isEmpty()) {
                return s.answers().poll();
            }
        }
        for (Route r : routes) {
            Matcher m = r.path().matcher(call.path());
            if (r.method().equals(call.method()) && m.matches()) {
                return r.handler().handle(call, m);
            }
        }
        return Answer.json(404, "{\"message\":\"Not Found\"}");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI uri = exchange.getRequestURI();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Call call = new Call(exchange.getRequestMethod(), uri.getRawPath(), query(uri.getRawQuery()), headers, body);
            calls.add(call);
            pauseIfHeld(call, Moment.BEFORE_ACTING);
            Answer answer = answer(call);
            pauseIfHeld(call, Moment.BEFORE_ANSWERING);
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            if (bytes.length > 0) {
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> q = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                q.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            }
        }
        return q;
    }

    /** Lets every held call go on. */
    public void release() {
        released.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
