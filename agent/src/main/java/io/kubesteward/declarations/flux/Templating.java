package io.kubesteward.declarations.flux;

/** Flux post-build substitution: {@code ${VAR}} is replaced in the cluster, so the text in Git is not the value. */
final class Templating {
    private Templating() {
    }

    static boolean isTemplated(String value) {
        return value != null && value.contains("${");
    }
}
