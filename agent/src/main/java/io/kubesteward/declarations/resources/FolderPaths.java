package io.kubesteward.declarations.resources;

import java.util.ArrayDeque;
import java.util.Deque;

/** Relative paths in a kustomization resolved against its folder, as repository paths ({@code ""} is the root). */
final class FolderPaths {
    private FolderPaths() {
    }

    /** {@code relative} resolved against {@code folder}; null when it leaves the repository or is remote (a URL, a git reference). */
    static String resolve(String folder, String relative) {
        if (relative == null || relative.isBlank() || relative.contains("://") || relative.startsWith("github.com/")
                || relative.startsWith("git@") || relative.startsWith("/")) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        String joined = folder.isEmpty() ? relative : folder + "/" + relative;
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** True when {@code path} lies in {@code folder} or below it. */
    static boolean within(String path, String folder) {
        return folder.isEmpty() || path.startsWith(folder + "/");
    }
}
