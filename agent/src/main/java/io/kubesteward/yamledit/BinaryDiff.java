package io.kubesteward.yamledit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;

/**
 * A binary file added or removed, as {@code git diff --binary} writes it: the full blob ids on the {@code index}
 * line, then {@code GIT binary patch} with the new content and the old one (to reverse it) as zlib data in git's
 * base-85 lines. {@code git apply} takes it, checking the old content before removing a file.
 */
public final class BinaryDiff {
    private static final char[] BASE85 = ("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
            .toCharArray();
    private static final String NULL_ID = "0".repeat(40);

    private BinaryDiff() {
    }

    /** @param before the file's bytes on the base, null for a new file; {@code after} null for a removal */
    public static String ofFile(String path, byte[] before, byte[] after) {
        String a = GitPaths.quote("a/", path);
        String b = GitPaths.quote("b/", path);
        StringBuilder out = new StringBuilder("diff --git ").append(a).append(' ').append(b).append('\n');
        if (before == null) {
            out.append("new file mode 100644\n");
        } else if (after == null) {
            out.append("deleted file mode 100644\n");
        }
        out.append("index ").append(before == null ? NULL_ID : blobId(before)).append("..").append(after == null ? NULL_ID : blobId(after))
                .append('\n');
        out.append("GIT binary patch\n");
        literal(out, after == null ? new byte[0] : after);
        literal(out, before == null ? new byte[0] : before);
        return out.toString();
    }

    /** Git's object id of a blob with these bytes. */
    static String blobId(byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-1", e);
        }
    }

    private static void literal(StringBuilder out, byte[] content) {
        out.append("literal ").append(content.length).append('\n');
        byte[] deflated = deflate(content);
        for (int at = 0; at < deflated.length; at += 52) {
            int n = Math.min(52, deflated.length - at);
            out.append(n <= 26 ? (char) ('A' + n - 1) : (char) ('a' + n - 27));
            for (int group = 0; group < n; group += 4) {
                long word = 0;
                for (int k = 0; k < 4; k++) {
                    int i = at + group + k;
                    word = (word << 8) | (group + k < n ? deflated[i] & 0xff : 0);
                }
                char[] five = new char[5];
                for (int k = 4; k >= 0; k--) {
                    five[k] = BASE85[(int) (word % 85)];
                    word /= 85;
                }
                out.append(five);
            }
            out.append('\n');
        }
        out.append('\n');
    }

    private static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(content);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }
}
