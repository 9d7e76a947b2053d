package io.kubesteward.rightsizing;

/** One of RIGHTSIZING.md's gates as it applied to a container: {@code passed} when it restricted nothing. */
public record Gate(String name, boolean passed, String detail) {
}
