package io.kubesteward.gitops;

/**
 * The full new content of one file, by its path relative to the repository root ({@code a/b.yaml}): a text written
 * byte for byte as UTF-8 (no line-ending conversion), raw bytes (a vendored chart archive), or, with {@code bytes}
 * null, the file's removal.
 */
public record FileContent(String path, byte[] bytes) {
    public FileContent(String path, String text) {
        this(path, requireText(path, text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public FileContent {
        bytes = bytes == null ? null : bytes.clone();
        String problem = pathProblem(path);
        if (problem != null) {
            throw new IllegalArgumentException("cannot write '" + path + "': " + problem);
        }
    }

    public static FileContent binary(String path, byte[] bytes) {
        if (bytes == null) {
            throw new IllegalArgumentException("no content given for " + path);
        }
        return new FileContent(path, bytes);
    }

    public static FileContent removal(String path) {
        return new FileContent(path, (byte[]) null);
    }

    public boolean removed() {
        return bytes == null;
    }

    @Override
    public byte[] bytes() {
        return bytes == null ? null : bytes.clone();
    }

    private static String requireText(String path, String text) {
        if (text == null) {
            throw new IllegalArgumentException("no content given for " + path);
        }
        return text;
    }

    private static String pathProblem(String path) {
        if (path == null || path.isEmpty()) {
            return "the path is empty";
        }
        if (path.startsWith("/") || path.indexOf('\\') >= 0) {
            return "give a path relative to the repository root, with '/' separators";
        }
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "the path contains control characters";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return "empty, '.' and '..' segments are not allowed";
            }
            if (segment.equalsIgnoreCase(".git")) {
                return "Steward never writes inside .git";
            }
        }
        return null;
    }
}
