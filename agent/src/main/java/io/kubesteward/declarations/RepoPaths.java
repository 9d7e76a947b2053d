package io.kubesteward.declarations;

import java.util.ArrayDeque;
import java.util.Deque;

/** Paths relative to the repository root with forward slashes; the root folder is {@code ""}. */
public final class RepoPaths {
    private RepoPaths() {
    }

    public static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder holding {@code path}; {@code ""} for a file at the root. */
    public static String folder(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The folder above {@code folder}, or null above the root. */
    public static String parent(String folder) {
        return folder.isEmpty() ? null : folder(folder);
    }

    /** How many leading folders two paths share: nearer files share more. */
    public static int sharedFolders(String path, String other) {
        String[] a = folder(path).split("/");
        String[] b = folder(other).split("/");
        int shared = 0;
        while (shared < a.length && shared < b.length && a[shared].equals(b[shared])) {
            shared++;
        }
        return shared;
    }

    private static final java.util.regex.Pattern HELMFILE_RELEASES = java.util.regex.Pattern.compile("(?m)^releases:[ \\t]*(?:#.*)?\\r?$");
    private static final java.util.regex.Pattern HELMFILE_CHART = java.util.regex.Pattern.compile("(?m)^[ \\t-]*chart:");

    /** A helmfile by its name ({@code helmfile.yaml}, {@code helmfile.d/*}) or its shape (top-level {@code releases:} with charts). */
    public static boolean isHelmfile(String path, String content) {
        String name = fileName(path);
        if (name.matches("helmfile\\.ya?ml(\\.gotmpl)?") || (folder(path).endsWith("helmfile.d") && !name.startsWith("."))) {
            return true;
        }
        return HELMFILE_RELEASES.matcher(content).find() && HELMFILE_CHART.matcher(content).find();
    }

    public static boolean isYaml(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }

    /** {@code relative} against {@code folder}, with {@code .} and {@code ..} folded; null above the root. */
    public static String resolve(String folder, String relative) {
        if (relative.startsWith("/")) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : (folder.isEmpty() ? relative : folder + "/" + relative).split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }
}
