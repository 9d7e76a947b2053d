package io.kubesteward.model;

/** A text file of the repository: {@code path} relative to the root with forward slashes. */
public record SourceFile(String path, String content) {
}
