package io.kubesteward.pipeline;

/** Where the pipeline says what it is doing; the CLI shows it on a terminal and drops it otherwise. */
@FunctionalInterface
public interface Progress {
    Progress SILENT = message -> { };

    void step(String message);
}
