package io.kubesteward.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the test server sends: a status, headers and a body, optionally gzip-encoded, after a
 * delay, or stalling half-way through the body; {@code chunked} leaves Content-Length out.
 */
public record Reply(int status, Map<String, String> headers, byte[] body, Duration delay, Duration stall,
        boolean gzip, boolean chunked) {

    public static Reply ok(byte[] body) {
        return new Reply(200, Map.of(), body, Duration.ZERO, Duration.ZERO, false, false);
    }

    public static Reply ok(String body) {
        return ok(body.getBytes(StandardCharsets.UTF_8));
    }

    public static Reply status(int status) {
        return new Reply(status, Map.of(), new byte[0], Duration.ZERO, Duration.ZERO, false, false);
    }

    public Reply header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, h, body, delay, stall, gzip, chunked);
    }

    public Reply withStatus(int code) {
        return new Reply(code, headers, body, delay, stall, gzip, chunked);
    }

    public Reply delayed(Duration d) {
        return new Reply(status, headers, body, d, stall, gzip, chunked);
    }

    public Reply stallingMidBody(Duration d) {
        return new Reply(status, headers, body, delay, d, gzip, chunked);
    }

    public Reply gzipped() {
        return new Reply(status, headers, body, delay, stall, true, chunked);
    }

    public Reply withoutLength() {
        return new Reply(status, headers, body, delay, stall, gzip, true);
    }
}
