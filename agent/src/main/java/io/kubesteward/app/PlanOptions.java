package io.kubesteward.app;

import java.nio.file.Path;

/** What the user asked for: the repository, an optional config file. */
public record PlanOptions(Path repo, Path config) {
}
