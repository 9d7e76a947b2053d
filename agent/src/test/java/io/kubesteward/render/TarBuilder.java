package io.kubesteward.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Builds tar streams byte by byte, as helm package writes them or as an attacker crafts them: any
 * name, type flag, declared size and body, pax long names, then gzip.
 */
public final class TarBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public TarBuilder file(String name, String content) {
        return entry(name, '0', content.getBytes(StandardCharsets.UTF_8));
    }

    public TarBuilder entry(String name, char type, byte[] body) {
        return entry(name, type, body, body.length, "");
    }

    public TarBuilder link(String name, char type, String target) {
        return entry(name, type, new byte[0], 0, target);
    }

    /** A pax extended header naming the next entry's path, as Go's archive/tar writes for long names. */
    public TarBuilder paxPath(String path) {
        return pax("path=" + path);
    }

    /** A pax extended header with one {@code key=value} record, its length counted in bytes. */
    public TarBuilder pax(String keyValue) {
        int recordBytes = (" " + keyValue + "\n").getBytes(StandardCharsets.UTF_8).length;
        int length = recordBytes + 1;
        while (String.valueOf(length).length() + recordBytes != length) {
            length++;
        }
        byte[] body = (length + " " + keyValue + "\n").getBytes(StandardCharsets.UTF_8);
        return entry("PaxHeaders/x", 'x', body, body.length, "");
    }

    /** An entry whose header declares {@code declared} bytes while {@code body} is what follows it. */
    public TarBuilder entry(String name, char type, byte[] body, long declared, String linkTarget) {
        byte[] header = new byte[512];
        put(header, 0, 100, name);
        put(header, 100, 8, "0000644");
        put(header, 108, 8, "0000000");
        put(header, 116, 8, "0000000");
        put(header, 124, 12, String.format("%011o", declared));
        put(header, 136, 12, String.format("%011o", 1_700_000_000L));
        header[156] = (byte) type;
        put(header, 157, 100, linkTarget);
        put(header, 257, 6, "ustar");
        put(header, 263, 2, "00");
        for (int i = 148; i < 156; i++) {
            header[i] = ' ';
        }
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, 8, String.format("%06o", sum) + "\0 ");
        out.writeBytes(header);
        out.writeBytes(body);
        out.writeBytes(new byte[(int) ((512 - body.length % 512) % 512)]);
        return this;
    }

    private static void put(byte[] header, int offset, int length, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, offset, Math.min(bytes.length, length));
    }

    public byte[] tar() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(out.toByteArray());
        copy.writeBytes(new byte[1024]);
        return copy.toByteArray();
    }

    public byte[] tgz() {
        return gzip(tar());
    }

    public static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.toByteArray();
    }
}
