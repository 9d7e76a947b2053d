package io.kubesteward.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The entries of a tar stream (ustar, with the pax and GNU long-name extensions Go's archive/tar and
 * GNU tar write), one header at a time. Sizes come from the header but are never trusted: reading a
 * body counts the bytes that really arrive, and a stream that ends early is an error.
 */
final class TarEntries {
    private static final int BLOCK = 512;
    private static final int MAX_META_BYTES = 64 * 1024;

    /** One entry's header: its path as written, its type flag and declared size. */
    record Header(String path, char type, long size) {
        boolean regular() {
            return type == '0' || type == '\0' || type == '7';
        }

        boolean directory() {
            return type == '5';
        }
    }

    private final InputStream in;
    private long remaining;
    private long padding;

    TarEntries(InputStream in) {
        this.in = in;
    }

    /** The next entry, or null at the end of the archive. Any unread body of the previous entry is skipped. */
    Header next() throws IOException, ArchiveRefused {
        skipRest();
        String longName = null;
        long paxSize = -1;
        while (true) {
            byte[] block = readBlock();
            if (block == null || isZero(block)) {
                return null;
            }
            if (!checksumOk(block)) {
                throw new ArchiveRefused("a tar header's checksum is wrong: the archive is damaged or not a tar file");
            }
            char type = (char) block[156];
            long size = number(block, 124, 12);
            if (size < 0 || size > Integer.MAX_VALUE - 8) {
                throw new ArchiveRefused("a tar header declares a size Steward cannot read: the archive is damaged or crafted");
            }
            if (type == 'x' || type == 'L' || type == 'g') {
                if (size > MAX_META_BYTES) {
                    throw new ArchiveRefused("a tar extension header declares " + size + " bytes of metadata; no chart needs that");
                }
                byte[] meta = readBody(size);
                if (type == 'L') {
                    longName = cString(meta, 0, meta.length);
                } else {
                    java.util.Map<String, String> records = paxRecords(meta);
                    if (type == 'x' && records.containsKey("path")) {
                        longName = records.get("path");
                    }
                    if (type == 'x' && records.containsKey("size")) {
                        try {
                            paxSize = Long.parseLong(records.get("size"));
                        } catch (NumberFormatException e) {
                            paxSize = Long.MAX_VALUE;
                        }
                    }
                }
                continue;
            }
            if (paxSize >= 0) {
                if (paxSize > Integer.MAX_VALUE - 8) {
                    throw new ArchiveRefused("a pax header declares a size Steward cannot read: the archive is damaged or crafted");
                }
                size = paxSize;
            }
            String path = longName != null ? longName : path(block);
            remaining = size;
            padding = (BLOCK - size % BLOCK) % BLOCK;
            return new Header(path, type, size);
        }
    }

    /** Reads the current entry's body, at most {@code limit} bytes; more is an error whatever the header says. */
    byte[] body(long limit, String what) throws IOException, ArchiveRefused {
        if (remaining > limit) {
            throw new ArchiveRefused(what + " is " + remaining + " bytes; Steward reads files of at most " + limit + " bytes");
        }
        byte[] bytes = readBody(remaining);
        remaining = 0;
        padding = 0;
        return bytes;
    }

    private byte[] readBody(long size) throws IOException, ArchiveRefused {
        byte[] bytes = in.readNBytes((int) size);
        if (bytes.length < size) {
            throw new ArchiveRefused("the archive ends inside a file: it declares " + size + " bytes and holds " + bytes.length);
        }
        discard((BLOCK - size % BLOCK) % BLOCK);
        return bytes;
    }

    private void skipRest() throws IOException {
        discard(remaining + padding);
        remaining = 0;
        padding = 0;
    }

    /** Reads and drops {@code n} bytes, or up to the end of the stream. */
    private void discard(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long left = n;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(left, buffer.length));
            if (read < 0) {
                return;
            }
            left -= read;
        }
    }

    private byte[] readBlock() throws IOException, ArchiveRefused {
        byte[] block = in.readNBytes(BLOCK);
        if (block.length == 0) {
            return null;
        }
        if (block.length < BLOCK) {
            throw new ArchiveRefused("the archive ends inside a tar header");
        }
        return block;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean checksumOk(byte[] block) {
        long stored = number(block, 148, 8);
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (block[i] & 0xff);
        }
        return stored == sum;
    }

    private static String path(byte[] block) {
        String name = cString(block, 0, 100);
        boolean ustar = new String(block, 257, 5, StandardCharsets.US_ASCII).equals("ustar");
        String prefix = ustar ? cString(block, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    /** An octal field, or GNU's base-256 form for large values; -1 when unreadable. */
    private static long number(byte[] block, int offset, int length) {
        if ((block[offset] & 0x80) != 0) {
            long value = block[offset] & 0x7f;
            for (int i = 1; i < length; i++) {
                if (value >>> 55 != 0) {
                    return -1;
                }
                value = (value << 8) | (block[offset + i] & 0xff);
            }
            return value;
        }
        String text = cString(block, offset, length).trim();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String cString(byte[] bytes, int offset, int length) {
        int end = offset;
        while (end < offset + length && bytes[end] != 0) {
            end++;
        }
        return new String(bytes, offset, end - offset, StandardCharsets.UTF_8);
    }

    /**
     * The records of a pax header ({@code "<len> key=value\n"}, lengths in bytes), the last of a key
     * winning as in Go's archive/tar.
     */
    private static java.util.Map<String, String> paxRecords(byte[] meta) throws ArchiveRefused {
        java.util.Map<String, String> records = new java.util.HashMap<>();
        int at = 0;
        while (at < meta.length) {
            int space = at;
            while (space < meta.length && meta[space] != ' ') {
                space++;
            }
            int length;
            try {
                length = Integer.parseInt(new String(meta, at, space - at, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw new ArchiveRefused("a pax header holds a record without a length: the archive is damaged or crafted");
            }
            if (length <= space - at + 1 || at + length > meta.length || meta[at + length - 1] != '\n') {
                throw new ArchiveRefused("a pax header holds a record of a wrong length: the archive is damaged or crafted");
            }
            String record = new String(meta, space + 1, at + length - 1 - (space + 1), StandardCharsets.UTF_8);
            int equals = record.indexOf('=');
            if (equals > 0) {
                records.put(record.substring(0, equals), record.substring(equals + 1));
            }
            at += length;
        }
        return records;
    }
}
