package io.kubesteward.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Reads an API response body into memory, decoded, never past the size limit. */
final class BoundedBody {
    private BoundedBody() {
    }

    static byte[] read(URI uri, HttpHeaders headers, InputStream body, HttpSettings settings, StallGuard stallGuard)
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
        try (InputStream guarded = new BufferedInputStream(stallGuard.guard(body, settings.requestTimeout()))) {
            if (isEmpty(guarded)) {
                return new byte[0];
            }
            InputStream in = gzip ? new GZIPInputStream(guarded, 16 * 1024) : guarded;
            return copy(in, limit, uri);
        } catch (StallGuard.Stalled e) {
            throw e.dripping() ? Failures.dripping(uri, settings.requestTimeout(), e)
                    : Failures.timeout(uri, settings.requestTimeout(), e);
        } catch (ZipException e) {
            throw Failures.io(uri, "the gzip-encoded body is corrupt", e);
        }
    }

    /** An empty body (a 204, or any error page without content) may still claim to be gzip. */
    private static boolean isEmpty(InputStream in) throws IOException {
        in.mark(1);
        boolean empty = in.read() < 0;
        in.reset();
        return empty;
    }

    private static byte[] copy(InputStream in, long limit, URI uri) throws IOException, HttpFailure {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) >= 0) {
            total += n;
            if (total > limit) {
                throw Failures.tooLarge(uri, limit);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
