package io.kubesteward.gitops;

/**
 * The full new text of one file, by its path relative to the repository root ({@code a/b.yaml}).
 * Written to the commit byte for byte as UTF-8: no line-ending conversion.
 */
public record FileContent(String path, String text) {
    public FileContent {
        if (text == null) {
            throw new IllegalArgumentException("no content given for " + path);
        }
        String problem = pathProblem(path);
        if (problem != null) {
            throw new IllegalArgumentException("cannot write '" + path + "': " + problem);
        }
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
