package io.kubesteward.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Turns one response into a body file, a cache hit, a redirect or a failure. */
final class BodyReceiver {
    private final HttpSettings settings;
    private final ResponseCache cache;
    private final StallGuard stallGuard;
    private final Clock clock;

    BodyReceiver(HttpSettings settings, ResponseCache cache, StallGuard stallGuard, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.cache = cache;
        this.stallGuard = stallGuard;
    }

    Request prepare(URI target) {
        String key = ResponseCache.key(target.toString());
        return new Request(target, key, cache == null ? null : cache.lookup(key).orElse(null));
    }

    Answer answer(Request request, URI uri, HttpResponse<InputStream> response) throws HttpFailure, IOException {
        int status = response.statusCode();
        HttpHeaders headers = response.headers();
        try (InputStream body = response.body()) {
            if (status == 304 && request.cached() != null) {
                Path cached = request.cached().body();
                return Answer.body(new Download(Redaction.url(request.target()), cached, Files.size(cached), true, false));
            }
            if (isRedirect(status) && headers.firstValue("Location").isPresent()) {
                return Answer.redirect(headers.firstValue("Location").get());
            }
            if (status >= 200 && status < 300 && status != 204 && status != 206) {
                return Answer.body(receive(request, uri, headers, body));
            }
            throw Failures.status(uri, status,
                    RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), clock.instant()).orElse(null));
        }
    }

    private Download receive(Request request, URI uri, HttpHeaders headers, InputStream body)
            throws HttpFailure, IOException {
        long limit = settings.maxResponseBytes();
        String encoding = headers.firstValue("Content-Encoding").orElse("").trim().toLowerCase(Locale.ROOT);
        boolean gzip = encoding.equals("gzip") || encoding.equals("x-gzip");
        if (!gzip && !encoding.isEmpty() && !encoding.equals("identity")) {
            throw Failures.io(uri, "the server sent an unsupported Content-Encoding '" + encoding + "'", null);
        }
        OptionalLong declared = headers.firstValueAsLong("Content-Length");
        if (!gzip && declared.isPresent() && declared.getAsLong() > limit) {
            throw Failures.tooLarge(uri, limit);
        }
        Path tmp = cache != null ? cache.newTempFile() : Files.createTempFile("steward-", ".download");
        boolean delivered = false;
        try {
            long size;
            try (InputStream guarded = stallGuard.guard(body, settings.requestTimeout());
                    InputStream in = gzip ? new GZIPInputStream(guarded, 64 * 1024) : guarded) {
                size = LimitedCopy.copy(in, tmp, limit);
            }
            Download d = keep(request, tmp, size, headers);
            delivered = true;
            return d;
        } catch (LimitedCopy.TooLarge e) {
            throw Failures.tooLarge(uri, limit);
        } catch (StallGuard.Stalled e) {
            throw e.dripping() ? Failures.dripping(uri, settings.requestTimeout(), e)
                    : Failures.timeout(uri, settings.requestTimeout(), e);
        } catch (ZipException e) {
            throw Failures.io(uri, "the gzip-encoded body is corrupt", e);
        } finally {
            if (!delivered) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private Download keep(Request request, Path tmp, long size, HttpHeaders headers) throws IOException {
        String url = Redaction.url(request.target());
        String etag = headers.firstValue("ETag").orElse(null);
        String lastModified = headers.firstValue("Last-Modified").orElse(null);
        if (cache == null) {
            return new Download(url, tmp, size, false, true);
        }
        if (etag == null && lastModified == null) {
            cache.remove(request.cacheKey());
            return new Download(url, tmp, size, false, true);
        }
        Path stored = cache.store(request.cacheKey(), url, tmp, etag, lastModified);
        return new Download(url, stored, size, false, false);
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }
}
