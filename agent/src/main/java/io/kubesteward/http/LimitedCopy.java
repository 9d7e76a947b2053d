package io.kubesteward.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Streams a body to a file and stops as soon as it grows past the limit. */
final class LimitedCopy {
    private static final int BUFFER = 64 * 1024;

    private LimitedCopy() {
    }

    /** Thrown when the body exceeds the limit; the caller deletes the partial file. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("response too large", null);
        }
    }

    static long copy(InputStream in, Path target, long maxBytes) throws IOException {
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }
}
